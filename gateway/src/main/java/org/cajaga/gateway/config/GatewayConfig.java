package org.cajaga.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of the gateway ({@code cajaga.gateway.*}). */
@ConfigMapping(prefix = "cajaga.gateway")
public interface GatewayConfig {

    /** Upstream routes by name (taxonomy, practices, evaluations, stats, ...). */
    Map<String, Route> routes();

    /**
     * The routes in the order a path is matched: those with a {@link Route#pattern()} first (each names a path
     * inside another route's prefix that another service serves), then the prefix routes.
     */
    default List<Map.Entry<String, Route>> routesInMatchOrder() {
        return routes().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Route> route) -> route.getValue().pattern().isEmpty())
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    RateLimit rateLimit();

    Limits limits();

    TokenCache tokenCache();

    /** Where clients reach the gateway; the merged OpenAPI lists it as the server. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Keycloak realm URL, for the OAuth flows documented in the merged OpenAPI. */
    @WithDefault("http://localhost:8180/realms/cajaga")
    String realmUrl();

    interface Route {
        /** Path prefix as clients and the service both see it, e.g. {@code /api/v1/taxonomy}. */
        String prefix();

        /**
         * A regular expression the whole path must match, for a route of a few paths under another route's
         * prefix (e.g. {@code /api/v1/taxonomy/municipalities/[^/]+/suggestions}, served by practices-service);
         * such routes are matched before the prefix routes. Without it, every path under {@link #prefix()}.
         */
        Optional<String> pattern();

        /** Whether this route takes the path. */
        default boolean takes(String path) {
            return pattern().map(path::matches).orElseGet(() -> path.startsWith(prefix()));
        }

        URI upstream();

        /**
         * Longest wait for the upstream to send something on a write (any method but GET and HEAD); past
         * it the client gets 504.
         */
        Duration timeout();

        /**
         * Longest wait on a read (GET, HEAD); the shorter of this and {@link #timeout()} applies, so a hung
         * service does not hold reads for a route's long write timeout (bulk pushes).
         */
        @WithDefault("PT10S")
        Duration readTimeout();
    }

    /**
     * Sizes the gateway refuses with a problem. They stay below what the services' HTTP codec takes
     * (4096-byte request line, 20 KiB of headers), so that what the gateway forwards always fits.
     */
    interface Limits {
        /** Longest request target (path and query), in characters. */
        @WithDefault("4000")
        int maxUriLength();

        /** Largest header block, in bytes (names, values and line ends). */
        @WithDefault("16384")
        int maxHeaderSize();
    }

    /** Verified bearer tokens kept so that their next requests are not verified again. */
    interface TokenCache {
        /** Most tokens kept; the least recently used goes first. 0 keeps none: every request is verified. */
        @WithDefault("1000")
        int maxSize();

        /**
         * Longest a verified token is kept, however late it expires: how long a token stays accepted by the gateway
         * after its signing key was withdrawn from the realm.
         */
        @WithDefault("PT1M")
        Duration maxAge();
    }

    interface RateLimit {
        /** The period the limits count in: a budget allows its number of requests in any such period. */
        @WithDefault("PT1M")
        Duration period();

        /** Requests per minute for one confidential OAuth client (token {@code azp}). */
        int clientPerMinute();

        /** Requests per minute for one end user (token {@code sub}) of a public client. */
        int userPerMinute();

        /** Requests per minute for one IP address without a token. */
        int anonymousPerMinute();

        /** Public clients (browsers, phone apps): their users are limited one by one, not the client as a whole. */
        List<String> publicClients();

        /** Redis (or Valkey) holding the counters of every replica, e.g. {@code redis://redis:6379}; empty: memory. */
        Optional<String> redisUrl();

        /** What the counters' Redis keys start with, so that several deployments may share one Redis. */
        @WithDefault("cajaga:ratelimit:")
        String redisPrefix();

        /** Longest wait for Redis before a request is counted in memory instead. */
        @WithDefault("PT0.2S")
        Duration redisTimeout();
    }
}
