package org.cajaga.taxonomy.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;

/**
 * The snapshot the reads answer from, swapped whole when the database's revision moves. Reads take the current
 * one without waiting or touching the database; while the database cannot be reached the last one keeps serving.
 */
@ApplicationScoped
public class TaxonomySnapshots {

    @Inject
    SnapshotLoader loader;

    private volatile TaxonomySnapshot current;

    /** The snapshot to answer from; a 503 problem before the first one could be read. */
    public TaxonomySnapshot current() {
        TaxonomySnapshot snapshot = current;
        if (snapshot == null) {
            throw Problems.of(ProblemType.UNAVAILABLE,
                    "El catálogo aún no se ha leído de la base de datos; reintente tras Retry-After segundos.",
                    "The catalogue has not been read from the database yet; retry after Retry-After seconds.");
        }
        return snapshot;
    }

    /** Whether a snapshot has been read since start-up. */
    boolean isLoaded() {
        return current != null;
    }

    /** Reads a new snapshot when the database's revision is not the one held (one query when it is). */
    public synchronized void refresh() {
        TaxonomySnapshot held = current;
        if (held == null || held.revision() != loader.revision()) {
            current = loader.load();
        }
    }
}
