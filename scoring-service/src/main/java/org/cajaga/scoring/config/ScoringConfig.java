package org.cajaga.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of scoring-service ({@code cajaga.scoring.*}). */
@ConfigMapping(prefix = "cajaga.scoring")
public interface ScoringConfig {

    /** Submitted expert evaluations a practice needs before its verdicts are consolidated. */
    @WithDefault("2")
    int minExpertEvaluations();

    /**
     * How long the lessons learned read from taxonomy-service (for gap reports) are kept before they are read again:
     * curators may change them, so they are not kept for good as published criteria are.
     */
    @WithDefault("PT5M")
    Duration lessonsKept();

    Outbox outbox();

    /** Delivery of classification changes to practices-service. */
    interface Outbox {

        /** How often the outbox is polled for due messages (a scheduler interval such as {@code 1s}). */
        @WithDefault("1s")
        String poll();

        /** Messages sent per polling round. */
        @WithDefault("50")
        int batchSize();

        /** Wait before the first retry; it doubles after each failure. */
        @WithDefault("PT1S")
        Duration firstRetry();

        /** The longest wait between two attempts. */
        @WithDefault("PT5M")
        Duration maxRetry();

        /**
         * The longest wait between two attempts while practices-service's circuit breaker is open: those attempts
         * fail at once without a call, and the breaker lets a trial call through after its own delay.
         */
        @WithDefault("PT2S")
        Duration outageRetry();

        /**
         * How long claimed messages are a replica's to send, longer than a batch takes; the claims of a replica that
         * stopped return after it.
         */
        @WithDefault("PT2M")
        Duration lease();

        /** How often the backlog metrics are read from the table (a scheduler interval such as {@code 5s}). */
        @WithDefault("5s")
        String metricsRefresh();
    }
}
