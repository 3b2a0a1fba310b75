package org.cajaga.practices.reflection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cajaga.practices.feed.CommitOrder;
import org.cajaga.practices.feed.FeedPosition;
import org.cajaga.practices.feed.ServedEntries;
import org.cajaga.practices.search.InstantParameter;
import org.cajaga.support.paging.PageParams;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The reflections' change feed, commit-ordered as the practices' one ({@link CommitOrder}): what anyone may
 * read, in the order of the transactions that wrote it. A reflection that is shown on a published practice
 * comes as an item (again after each edit); one that an editor hid comes as a removal (reason
 * {@code HIDDEN}), so a mirror can drop it. A reflection of a practice that is not published is not in the
 * feed; its practice's own removal is in the practices' feed.
 */
@ApplicationScoped
public class ReflectionFeed {

    @Inject
    EntityManager em;

    public ReflectionChangePage page(String updatedSince, PageParams paging) {
        Instant since = InstantParameter.of("updatedSince", updatedSince);
        int limit = paging.limit();
        FeedPosition from = FeedPosition.of(paging);
        String sql = "with " + CommitOrder.BOUND + ", "
                + "entries as (select r.id, r.change_xid, r.hidden, r.practice_id, r.updated_at from reflection r"
                + " join practice p on p.id = r.practice_id where r.change_xid < (select xid from bound)"
                + " and (r.hidden or p.status = 'PUBLISHED') and " + CommitOrder.window(from, "r", "updated_at")
                + " order by r.change_xid, r.id limit :limit) "
                + "select cast(id as varchar) as id, cast(change_xid as varchar) as xid, hidden, "
                + "cast(practice_id as varchar) as practice_id, updated_at, 1 as part from entries "
                + "union all select null, cast(xid as varchar), null, null, null, 0 from bound order by part";
        NativeQuery<?> statement = em.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.STRING)
                .addScalar("xid", StandardBasicTypes.STRING)
                .addScalar("hidden", StandardBasicTypes.BOOLEAN)
                .addScalar("practice_id", StandardBasicTypes.STRING)
                .addScalar("updated_at", StandardBasicTypes.INSTANT)
                .addScalar("part", StandardBasicTypes.INTEGER);
        statement.setParameter("since", Timestamp.from(since));
        statement.setParameter("limit", limit + 1);
        if (from != null) {
            from.bind(statement);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) statement.getResultList();
        long bound = Long.parseLong((String) rows.get(0)[1]);
        List<Object[]> entries = rows.subList(1, rows.size()).stream()
                .sorted(Comparator.<Object[]>comparingLong(row -> Long.parseLong((String) row[1]))
                        .thenComparing(row -> UUID.fromString((String) row[0])))
                .toList();
        ServedEntries<Object[]> served = ServedEntries.of(entries, limit, from, bound,
                row -> Long.parseLong((String) row[1]), row -> UUID.fromString((String) row[0]));
        return new ReflectionChangePage(shown(served.entries()), removals(served.entries()), served.next(), served.resume());
    }

    /**
     * The shown reflections of the page, in feed order, read in one query. One hidden or deleted since the feed
     * statement is left out: its own change comes later in the feed.
     */
    private List<ReflectionView> shown(List<Object[]> served) {
        List<UUID> ids = served.stream().filter(row -> !(Boolean) row[2]).map(row -> UUID.fromString((String) row[0])).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Reflection> read = em.createQuery("from Reflection where id in :ids", Reflection.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<ReflectionView> items = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            Reflection reflection = read.get(id);
            if (reflection != null && !reflection.hidden) {
                items.add(ReflectionView.of(reflection, false));
            }
        }
        return items;
    }

    private static List<ReflectionChangePage.Removal> removals(List<Object[]> served) {
        return served.stream().filter(row -> (Boolean) row[2])
                .map(row -> new ReflectionChangePage.Removal(UUID.fromString((String) row[0]),
                        UUID.fromString((String) row[3]), ReflectionChangePage.HIDDEN, (Instant) row[4]))
                .toList();
    }
}
