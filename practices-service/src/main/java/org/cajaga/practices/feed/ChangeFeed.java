package org.cajaga.practices.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.cajaga.practices.search.InstantParameter;
import org.cajaga.practices.search.PracticeQuery;
import org.cajaga.practices.search.SearchPage;
import org.cajaga.support.paging.PageParams;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The change feed ({@code updatedSince}): changed records and removals in the order of the transactions
 * that wrote them, never passing a change that can still commit.
 *
 * <p>Every practice and tombstone row holds {@code change_xid}, the id of the transaction that last wrote it
 * (a trigger sets it, migration V5). Transaction ids are handed out in increasing order when a transaction
 * first writes, so a transaction that is still running has an id at least the lowest running one; and one
 * that has not written yet gets an id above every id handed out so far. The feed therefore serves, in
 * ({@code change_xid}, {@code id}) order, only rows below a <em>bound</em>: the lowest id among the
 * transactions still running in this database, or the next id to be handed out when none runs. Below the
 * bound every transaction has committed or rolled back, so no row can still appear there, and a cursor (the
 * position of the last entry served) never passes a change that commits later. The bound is taken from the
 * statement's own snapshot, so the rows read and the bound agree.
 *
 * <p>Running transactions of other databases of the same PostgreSQL server are in the snapshot too, but they
 * cannot write this database's tables: those {@code pg_stat_activity} names as another database's are left
 * out of the bound. Whatever it cannot attribute (a prepared transaction, a session that ended meanwhile)
 * counts, which can only make the bound lower. The consequences, documented for clients:
 * <ul>
 * <li>at least once: a record changed again appears again, at its latest position (its earlier position
 *     is gone); a reader that resumes from an older cursor gets entries again, never fewer;</li>
 * <li>it may lag: while a transaction that writes this database runs, nothing from its id on is served,
 *     even what other transactions committed meanwhile; it comes when that transaction ends.</li>
 * </ul>
 *
 * <p>{@code updatedSince} chooses where a reader starts: rows below the first page's bound (the cursor's
 * horizon) belong to the feed if changed at or after that instant; everything from the horizon on does,
 * since it committed after the reader began. Removals (tombstones) share the positions, and a page's
 * {@code limit} counts records and removals together, so both come in the same window.
 */
@ApplicationScoped
public class ChangeFeed {

    @Inject
    EntityManager em;

    /** The page after the reader's cursor (or from {@code updatedSince}) of the records {@code query} matches. */
    public ChangePage page(PracticeQuery query, String updatedSince, PageParams paging) {
        Instant since = InstantParameter.of("updatedSince", updatedSince);
        int limit = paging.limit();
        FeedPosition from = FeedPosition.of(paging);
        String sql = "with " + CommitOrder.BOUND + ", "
                + "items as (select p.id, p.change_xid from practice p where " + query.where()
                + " and p.change_xid < (select xid from bound) and " + CommitOrder.window(from, "p", "updated_at")
                + " order by p.change_xid, p.id limit :limit), "
                + "removals as (select t.id, t.change_xid, t.practice_id, t.reason, t.removed_at from publication_tombstone t"
                + " where t.change_xid < (select xid from bound) and " + CommitOrder.window(from, "t", "removed_at")
                + " order by t.change_xid, t.id limit :limit), "
                + "entries as (select *, row_number() over (order by change_xid, id) as n from ("
                + "select 'item' as kind, id, change_xid, cast(null as uuid) as practice_id, cast(null as varchar) as reason, "
                + "cast(null as timestamptz) as removed_at from items "
                + "union all select 'removal', id, change_xid, practice_id, reason, removed_at from removals) e) "
                + "select kind, cast(id as varchar) as id, cast(change_xid as varchar) as xid, "
                + "cast(practice_id as varchar) as practice_id, reason, removed_at, n from entries where n <= :limit "
                + "union all select 'bound', null, cast(xid as varchar), null, null, null, 0 from bound";
        NativeQuery<?> statement = columns(em.createNativeQuery(sql));
        query.parameters().forEach(statement::setParameter);
        statement.setParameter("since", Timestamp.from(since));
        statement.setParameter("limit", limit + 1);
        if (from != null) {
            from.bind(statement);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) statement.getResultList();
        long bound = rows.stream().filter(row -> "bound".equals(row[0])).mapToLong(row -> Long.parseLong((String) row[2]))
                .findFirst().orElseThrow();
        List<Object[]> entries = rows.stream().filter(row -> !"bound".equals(row[0]))
                .sorted(Comparator.comparingLong(row -> ((Number) row[6]).longValue())).toList();
        ServedEntries<Object[]> served = ServedEntries.of(entries, limit, from, bound,
                row -> Long.parseLong((String) row[2]), row -> UUID.fromString((String) row[1]));
        List<UUID> ids = new ArrayList<>();
        List<SearchPage.Removal> removed = new ArrayList<>();
        for (Object[] entry : served.entries()) {
            if ("item".equals(entry[0])) {
                ids.add(UUID.fromString((String) entry[1]));
            } else {
                removed.add(new SearchPage.Removal(UUID.fromString((String) entry[3]), (String) entry[4], (Instant) entry[5]));
            }
        }
        return new ChangePage(ids, removed, served.next(), served.resume(), since);
    }

    /** Types the columns; left to Hibernate, they are looked up in the result's metadata on every execution. */
    private static NativeQuery<?> columns(Query statement) {
        return statement.unwrap(NativeQuery.class)
                .addScalar("kind", StandardBasicTypes.STRING)
                .addScalar("id", StandardBasicTypes.STRING)
                .addScalar("xid", StandardBasicTypes.STRING)
                .addScalar("practice_id", StandardBasicTypes.STRING)
                .addScalar("reason", StandardBasicTypes.STRING)
                .addScalar("removed_at", StandardBasicTypes.INSTANT)
                .addScalar("n", StandardBasicTypes.LONG);
    }
}
