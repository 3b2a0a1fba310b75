package org.cajaga.practices.search;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.cajaga.practices.config.ReadTimeout;
import org.jboss.logging.Logger;

/**
 * The published titles type-ahead reads, in memory ({@link TitleSnapshot}): read whole on first use, then kept up
 * with the database every {@code cajaga.practices.suggest-refresh} (default a second) from the ids of the
 * transactions that wrote each practice and tombstone ({@code change_xid}, migration V5), so that every instance
 * converges on what was committed, whoever wrote it.
 * <p>
 * Every read also takes its own snapshot's horizon: the next transaction id to be handed out ({@code xmax}) and the
 * ids of the transactions still running. Every other transaction below that horizon had ended, so what it committed
 * was in that read. The next refresh therefore reads exactly the rows written by transactions that were running or
 * had not begun then: {@code change_xid >= xmax} or among those running. Nothing committed is missed, nothing is read
 * twice, and a long transaction holds nothing back. A change committed is suggested, or no longer suggested, after
 * at most one interval and the time of one refresh. While the database cannot be read, the titles stay as they were
 * and the next refresh tries again.
 */
@ApplicationScoped
public class PublishedTitles {

    private static final Logger LOG = Logger.getLogger(PublishedTitles.class);

    private static final String SNAPSHOT = "with snapshot as (select pg_current_snapshot() as s) ";

    private static final String PUBLISHED = "select 'practice', cast(p.id as varchar), p.status, p.title, p.search_title, "
            + "p.state_code, array_to_string(p.municipalities, ' ') from practice p where p.status = 'PUBLISHED' ";

    private static final String WRITTEN = "(change_xid >= cast(:xmax as xid8) or change_xid = any(cast(:running as xid8[])))";

    private static final String CHANGED = "select 'practice', cast(p.id as varchar), p.status, p.title, p.search_title, "
            + "p.state_code, array_to_string(p.municipalities, ' ') from practice p where " + WRITTEN.replace("change_xid", "p.change_xid")
            + " union all select 'removed', cast(t.practice_id as varchar), null, null, null, null, null "
            + "from publication_tombstone t where " + WRITTEN.replace("change_xid", "t.change_xid") + " ";

    private static final String HORIZON = "union all select 'xmax', cast(pg_snapshot_xmax(s) as varchar), null, null, null, null, null "
            + "from snapshot union all select 'running', cast(x as varchar), null, null, null, null, null "
            + "from snapshot, pg_snapshot_xip(s) x";

    @Inject
    EntityManager em;

    @Inject
    ReadTimeout timeout;

    /** One string per place code, shared by the titles (100,000 titles name some 2,500 places). */
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private volatile TitleSnapshot snapshot;
    /** The last read's horizon: the next one reads what transactions from {@code xmax} on, or then running, wrote. */
    private long xmax;
    private List<Long> running = List.of();

    /** The titles as last read; the first call reads them all. */
    TitleSnapshot snapshot() {
        TitleSnapshot known = snapshot;
        return known != null ? known : refreshNow();
    }

    /** Reads what was committed since the last refresh (everything, the first time). */
    @ActivateRequestContext
    public void refresh() {
        refreshNow();
    }

    @Scheduled(identity = "suggest-refresh", every = "{cajaga.practices.suggest-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (snapshot == null) {
            return;
        }
        try {
            refreshNow();
        } catch (RuntimeException unavailable) {
            LOG.warnf("Type-ahead titles not refreshed (%s); suggestions keep the titles they have", unavailable.toString());
        }
    }

    private synchronized TitleSnapshot refreshNow() {
        TitleSnapshot known = snapshot;
        long started = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = known == null
                ? timeout.bound(em.createNativeQuery(SNAPSHOT + PUBLISHED + HORIZON)).getResultList()
                : timeout.bound(em.createNativeQuery(SNAPSHOT + CHANGED + HORIZON)).setParameter("xmax", Long.toString(xmax))
                        .setParameter("running", running.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                        .getResultList();
        List<UUID> removed = new ArrayList<>();
        Map<UUID, TitleSnapshot.Title> published = new LinkedHashMap<>();
        long nextXmax = xmax;
        List<Long> nextRunning = new ArrayList<>();
        for (Object[] row : rows) {
            switch ((String) row[0]) {
                case "xmax" -> nextXmax = Long.parseLong((String) row[1]);
                case "running" -> nextRunning.add(Long.parseLong((String) row[1]));
                case "removed" -> removed.add(UUID.fromString((String) row[1]));
                default -> {
                    UUID id = UUID.fromString((String) row[1]);
                    if ("PUBLISHED".equals(row[2])) {
                        published.put(id, new TitleSnapshot.Title(id, (String) row[3], (String) row[4], code((String) row[5]),
                                municipalities((String) row[6])));
                    } else {
                        removed.add(id);
                    }
                }
            }
        }
        TitleSnapshot next;
        if (known == null) {
            next = TitleSnapshot.of(published.values());
            LOG.infof("Type-ahead: %d published titles (%d word starts) read in %d ms", next.size(), next.wordCount(),
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            removed.removeIf(published::containsKey);
            published.values().removeIf(title -> title.equals(known.title(title.id())));
            removed.removeIf(id -> known.title(id) == null);
            next = published.isEmpty() && removed.isEmpty() ? known : known.with(published.values(), removed);
        }
        xmax = nextXmax;
        running = List.copyOf(nextRunning);
        snapshot = next;
        return next;
    }

    private List<String> municipalities(String spaced) {
        return spaced == null || spaced.isEmpty() ? List.of() : Arrays.stream(spaced.split(" ")).map(this::code).toList();
    }

    private String code(String code) {
        return code == null ? null : codes.computeIfAbsent(code, same -> same);
    }
}
