package org.cajaga.practices.labels;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Refreshes the labels at start-up and then every {@code cajaga.practices.label-refresh}. When
 * taxonomy-service cannot answer, the labels stay as they were and the next run tries again.
 */
@ApplicationScoped
public class LabelRefresh {

    private static final Logger LOG = Logger.getLogger(LabelRefresh.class);

    @Inject
    TaxonomyLabels labels;

    @Scheduled(identity = "label-refresh", every = "{cajaga.practices.label-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            labels.refresh();
        } catch (RuntimeException unavailable) {
            LOG.warnf("Taxonomy labels not refreshed (%s); search keeps the labels it has", unavailable.toString());
        }
    }
}
