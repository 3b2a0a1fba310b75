package org.cajaga.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.gateway.config.GatewayConfig;
import org.cajaga.gateway.problem.ProblemResponses;
import org.jboss.logging.Logger;

/**
 * Rate limits (see {@link Budgets} for whose requests count together), announced in {@code RateLimit-*} headers on
 * every answer under {@code /api/}; past the limit a 429 problem with {@code Retry-After}. Runs after token
 * verification and before the write check, so refusals of both kinds carry the headers too. With
 * {@code cajaga.gateway.rate-limit.redis-url} the counters live in Redis and hold across replicas; while Redis does
 * not answer, each replica counts in its own memory (never refusing everything, never limiting nothing).
 */
@Singleton
public class RateLimits {

    /** After authentication (order -200), before {@code WriteNeedsToken} (order -10). */
    static final int ORDER = -20;
    private static final String API = "/api/";
    private static final String LIMIT = "RateLimit-Limit";
    private static final Logger LOG = Logger.getLogger(RateLimits.class);
    private static final String REFUSALS = "cajaga.gateway.rate_limit.refusals";
    private static final String STORE_FAILURES = "cajaga.gateway.rate_limit.store_failures";

    private final Budgets budgets;
    private final MemoryCounters memory = new MemoryCounters();
    private final Counters counters;
    private final MeterRegistry metrics;

    RateLimits(GatewayConfig config, Vertx vertx, MeterRegistry metrics) {
        this.budgets = new Budgets(config.rateLimit());
        this.metrics = metrics;
        // Shown at zero from start-up, so a dashboard has a series before the first refusal.
        metrics.counter(STORE_FAILURES);
        Budgets.KINDS.forEach(kind -> metrics.counter(REFUSALS, "budget", kind));
        this.counters = config.rateLimit().redisUrl().filter(url -> !url.isBlank())
                .<Counters>map(url -> new RedisCounters(vertx, url, config.rateLimit().redisPrefix(),
                        config.rateLimit().redisTimeout().toMillis()))
                .orElse(memory);
    }

    void register(@Observes Router router) {
        router.route(API + "*").order(ORDER).handler(this::check);
    }

    void close(@Observes ShutdownEvent stop) {
        if (counters instanceof RedisCounters redis) {
            redis.close();
        }
    }

    void check(RoutingContext rc) {
        Future<Decision> counted = hit(rc);
        if (counted.isComplete()) {
            answer(rc, counted.result());
        } else {
            // The body must wait for the count (Redis): the proxy resumes the request when it forwards it.
            rc.request().pause();
            counted.onComplete(decided -> answer(rc, decided.result()));
        }
    }

    private void answer(RoutingContext rc, Decision decision) {
        if (decision.allowed()) {
            rc.next();
            return;
        }
        int limit = decision.limit();
        long period = budgets.periodSeconds();
        rc.response().putHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
        ProblemResponses.end(rc.request(), rc.response(), ProblemType.TOO_MANY_REQUESTS,
                "Superó " + limit + " solicitudes en " + period + " s; espere " + decision.retryAfterSeconds() + " s.",
                "You went over " + limit + " requests in " + period + " s; wait " + decision.retryAfterSeconds() + " s.");
    }

    /**
     * Counts a request the gateway refuses before the limit check (a malformed target, a bad token) and sets the
     * headers on its answer: refusals cost a budget too. Completes when the headers are set (at once off the API).
     */
    public Future<Void> announce(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && path.startsWith(API) && !rc.response().headers().contains(LIMIT)) {
            return hit(rc).mapEmpty();
        }
        return Future.succeededFuture();
    }

    /** Never fails: when the shared counters cannot answer, this instance's memory does. */
    private Future<Decision> hit(RoutingContext rc) {
        Budget budget = budgets.of(rc);
        return counters.hit(budget).recover(failure -> {
            metrics.counter(STORE_FAILURES).increment();
            LOG.warnf("Rate-limit store unavailable, counting in memory: %s", failure.getMessage());
            return memory.hit(budget);
        }).map(decision -> {
            if (!rc.response().headWritten()) {
                rc.response().putHeader(LIMIT, String.valueOf(decision.limit()))
                        .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                        .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
            }
            if (!decision.allowed()) {
                metrics.counter(REFUSALS, "budget", budget.kind()).increment();
            }
            return decision;
        });
    }
}
