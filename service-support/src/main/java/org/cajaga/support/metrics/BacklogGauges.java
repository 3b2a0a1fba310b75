package org.cajaga.support.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two gauges of a table of work waiting to be done (an outbox, pending deliveries): how many rows wait, and how long
 * the oldest has waited, in seconds (0 when none waits). A scheduled job sets what a query found; a scrape only reads
 * the atomic values, so it never runs a query, and the age keeps growing between two refreshes as it does in truth.
 */
public final class BacklogGauges {

    private final AtomicLong waiting = new AtomicLong();
    /** When the oldest waiting row was made, in epoch milliseconds; 0 when none waits. */
    private final AtomicLong oldest = new AtomicLong();

    /**
     * Registers {@code <prefix>.backlog} and {@code <prefix>.oldest.age} (seconds).
     *
     * @param prefix      e.g. {@code cajaga.scoring.outbox}, shown as {@code cajaga_scoring_outbox_backlog} and
     *                    {@code cajaga_scoring_outbox_oldest_age_seconds}
     * @param description what waits, e.g. "classification messages not yet delivered"
     */
    public BacklogGauges(MeterRegistry registry, String prefix, String description) {
        Gauge.builder(prefix + ".backlog", waiting, AtomicLong::get).description(description).register(registry);
        Gauge.builder(prefix + ".oldest.age", oldest, BacklogGauges::ageSeconds)
                .baseUnit("seconds").description("How long the oldest of them has waited; 0 when none waits: " + description)
                .register(registry);
    }

    /** What the last query found: {@code rows} waiting, the oldest made at {@code oldestMade} (null when none). */
    public void set(long rows, Instant oldestMade) {
        waiting.set(rows);
        oldest.set(oldestMade == null ? 0 : oldestMade.toEpochMilli());
    }

    private static double ageSeconds(AtomicLong oldest) {
        long made = oldest.get();
        return made == 0 ? 0 : Math.max(0, (System.currentTimeMillis() - made) / 1000.0);
    }
}
