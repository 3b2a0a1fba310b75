package org.cajaga.scoring.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.cajaga.support.metrics.BacklogGauges;
import org.jboss.logging.Logger;

/**
 * The outbox as an operator watches it: {@code cajaga_scoring_outbox_backlog} (messages not yet delivered nor refused
 * for good), {@code cajaga_scoring_outbox_oldest_age_seconds} (how long the oldest of them has waited) and
 * {@code cajaga_scoring_outbox_deliveries_total{outcome}}. The two gauges are read from the table by a scheduled job,
 * never on a scrape; while the database does not answer they keep their last values.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    /** What became of one delivery attempt. */
    public enum Outcome {
        DELIVERED, RETRYING, REFUSED
    }

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final OutboxRepository outbox;
    private final MeterRegistry registry;
    private final BacklogGauges backlog;

    OutboxMetrics(OutboxRepository outbox, MeterRegistry registry) {
        this.outbox = outbox;
        this.registry = registry;
        this.backlog = new BacklogGauges(registry, "cajaga.scoring.outbox",
                "Classification messages not yet delivered to practices-service nor refused for good");
        for (Outcome outcome : Outcome.values()) {
            deliveries(outcome);
        }
    }

    public void attempted(Outcome outcome) {
        deliveries(outcome).increment();
    }

    @Scheduled(every = "${cajaga.scoring.outbox.metrics-refresh}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            OutboxRepository.Backlog waiting = outbox.backlog();
            backlog.set(waiting.messages(), waiting.oldest());
        } catch (RuntimeException unreadable) {
            LOG.debugf("Outbox metrics not refreshed: %s", unreadable.toString());
        }
    }

    private Counter deliveries(Outcome outcome) {
        return Counter.builder("cajaga.scoring.outbox.deliveries")
                .description("Attempts to deliver a classification to practices-service, by outcome")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry);
    }
}
