package org.cajaga.taxonomy.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the first snapshot has been read: before it, every read would be a 503. */
@Readiness
@ApplicationScoped
class SnapshotReadiness implements HealthCheck {

    @Inject
    TaxonomySnapshots snapshots;

    @Override
    public HealthCheckResponse call() {
        return snapshots.isLoaded()
                ? HealthCheckResponse.named("taxonomy-snapshot").up().withData("revision", snapshots.current().revision()).build()
                : HealthCheckResponse.named("taxonomy-snapshot").down().build();
    }
}
