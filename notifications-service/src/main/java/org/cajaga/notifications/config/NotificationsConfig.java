package org.cajaga.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Settings of notifications-service ({@code cajaga.notifications.*}). */
@ConfigMapping(prefix = "cajaga.notifications")
public interface NotificationsConfig {

    Feed feed();

    Delivery delivery();

    /** How long the previous secret keeps signing after a rotation, unless the rotation names another period. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /** Following practices-service's change feed. */
    interface Feed {

        /** How often the feed is read when the last read found nothing more (a scheduler interval such as {@code 2s}). */
        @WithDefault("2s")
        String poll();

        /** Entries asked for per page. */
        @WithDefault("200")
        int pageSize();
    }

    /** Sending events to subscribers. */
    interface Delivery {

        /** How often due deliveries are looked for. */
        @WithDefault("1s")
        String poll();

        /** Deliveries claimed per round (at most one per subscription). */
        @WithDefault("20")
        int batchSize();

        /** How long a receiver has to answer. */
        @WithDefault("PT15S")
        Duration timeout();

        /** How long a claim holds a delivery; longer than the timeout, so no other replica sends it meanwhile. */
        @WithDefault("PT60S")
        Duration lease();

        /** Wait before the first retry; it doubles after each failure, with jitter. */
        @WithDefault("PT5S")
        Duration firstRetry();

        /** The longest wait between two attempts (a receiver's {@code Retry-After} may ask for longer). */
        @WithDefault("PT1H")
        Duration maxRetry();

        /** A subscription failing for this long is disabled. */
        @WithDefault("P3D")
        Duration giveUpAfter();

        /** How often the backlog metrics are read from the tables (a scheduler interval such as {@code 5s}). */
        @WithDefault("5s")
        String metricsRefresh();

        /** Hosts that may use plain HTTP and resolve to loopback or private addresses (names or literal addresses). */
        Optional<Set<String>> allowedHosts();
    }
}
