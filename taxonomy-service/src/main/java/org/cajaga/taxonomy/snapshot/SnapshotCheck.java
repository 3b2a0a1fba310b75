package org.cajaga.taxonomy.snapshot;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Reads the snapshot at start-up, then checks the revision every {@code cajaga.taxonomy.snapshot.check}, so a
 * change another replica (or anyone with SQL) made is served here within that time. While the database cannot be
 * reached the last snapshot keeps serving; the failure is logged once, and so is the recovery.
 */
@ApplicationScoped
class SnapshotCheck {

    private static final Logger LOG = Logger.getLogger(SnapshotCheck.class);

    @Inject
    TaxonomySnapshots snapshots;

    private boolean failing;

    void atStartup(@Observes StartupEvent started) {
        check();
    }

    @Scheduled(identity = "taxonomy-snapshot-check", every = "{cajaga.taxonomy.snapshot.check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void check() {
        try {
            snapshots.refresh();
            if (failing) {
                LOG.info("Taxonomy snapshot checked against the database again");
                failing = false;
            }
        } catch (RuntimeException unreachable) {
            if (!failing) {
                LOG.warnf("Taxonomy snapshot not checked (%s); reads keep the last snapshot%s", unreachable.toString(),
                        snapshots.isLoaded() ? "" : " (none yet: reads answer 503 and readiness is down)");
                failing = true;
            }
        }
    }
}
