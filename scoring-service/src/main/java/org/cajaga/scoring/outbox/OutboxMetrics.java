package org.cajaga.scoring.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The outbox as an operator watches it: {@code cajaga_scoring_outbox_backlog} (messages not yet delivered nor refused
 * for good), {@code cajaga_scoring_outbox_oldest_age_seconds} (how long the oldest of them has waited) and
 * {@code cajaga_scoring_outbox_deliveries_total{outcome}}. The two gauges are read from the table by a scheduled job
 * into atomic values, so a scrape never runs a query; while the database does not answer they keep their last values.
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
    private final AtomicLong messages = new AtomicLong();
    /** Creation time of the oldest waiting message in epoch milliseconds; 0 when none waits. */
    private final AtomicLong oldest = new AtomicLong();

    OutboxMetrics(OutboxRepository outbox, MeterRegistry registry) {
        this.outbox = outbox;
        this.registry = registry;
        Gauge.builder("cajaga.scoring.outbox.backlog", messages, AtomicLong::get)
                .description("Classification messages not yet delivered to practices-service nor refused for good")
                .register(registry);
        Gauge.builder("cajaga.scoring.outbox.oldest.age", oldest, OutboxMetrics::ageSeconds).baseUnit("seconds")
                .description("How long the oldest undelivered classification message has waited; 0 when none waits")
                .register(registry);
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
            OutboxRepository.Backlog backlog = outbox.backlog();
            messages.set(backlog.messages());
            oldest.set(backlog.oldest() == null ? 0 : backlog.oldest().toEpochMilli());
        } catch (RuntimeException unreadable) {
            LOG.debugf("Outbox metrics not refreshed: %s", unreadable.toString());
        }
    }

    private static double ageSeconds(AtomicLong oldest) {
        long since = oldest.get();
        return since == 0 ? 0 : Math.max(0, Duration.between(Instant.ofEpochMilli(since), Instant.now()).toMillis() / 1000.0);
    }

    private Counter deliveries(Outcome outcome) {
        return Counter.builder("cajaga.scoring.outbox.deliveries")
                .description("Attempts to deliver a classification to practices-service, by outcome")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry);
    }
}
