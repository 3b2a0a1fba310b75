package org.cajaga.gateway.ratelimit;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.gateway.config.GatewayConfig;
import org.cajaga.gateway.problem.ProblemResponses;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-client limits (the token's {@code azp}) and per-IP limits for anonymous traffic, announced in
 * {@code RateLimit-*} headers on every answer under {@code /api/}; past the limit a 429 problem with
 * {@code Retry-After}. Runs after token verification and before the write check, so refusals of both
 * kinds carry the headers too.
 */
@Singleton
public class RateLimits {

    /** After authentication (order -200), before {@code WriteNeedsToken} (order -10). */
    static final int ORDER = -20;
    private static final String API = "/api/";
    private static final String LIMIT = "RateLimit-Limit";

    private final FixedWindowCounter counter = new FixedWindowCounter();
    private final GatewayConfig config;

    RateLimits(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        router.route(API + "*").order(ORDER).handler(this::check);
    }

    void check(RoutingContext rc) {
        FixedWindowCounter.Decision decision = hit(rc);
        if (decision.allowed()) {
            rc.next();
            return;
        }
        int limit = decision.limit();
        rc.response().setStatusCode(429)
                .putHeader("Retry-After", String.valueOf(decision.resetSeconds()))
                .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .putHeader("Content-Language", ProblemResponses.languageOf(rc.request()).tag())
                .end(ProblemResponses.body(rc.request(), ProblemType.TOO_MANY_REQUESTS,
                        "Superó " + limit + " solicitudes por minuto; espere " + decision.resetSeconds() + " s.",
                        "You went over " + limit + " requests per minute; wait " + decision.resetSeconds() + " s."));
    }

    /**
     * Counts a request the gateway refuses before the limit check (a malformed target, a bad token)
     * and sets the headers on its answer: refusals cost a budget too.
     */
    public void announce(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && path.startsWith(API) && !rc.response().headers().contains(LIMIT)) {
            hit(rc);
        }
    }

    private FixedWindowCounter.Decision hit(RoutingContext rc) {
        String client = clientOf(rc);
        String key = client != null ? "client:" + client : "ip:" + addressOf(rc);
        int limit = client != null ? config.rateLimit().clientPerMinute() : config.rateLimit().anonymousPerMinute();
        FixedWindowCounter.Decision decision = counter.hit(key, limit, System.currentTimeMillis());
        rc.response().putHeader(LIMIT, String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        return decision;
    }

    /**
     * The client's address: the TCP peer, or the {@code X-Forwarded-For} address when the peer is a trusted
     * proxy ({@code quarkus.http.proxy.trusted-proxies}, which resolves it before any handler runs).
     */
    private static String addressOf(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }

    private static String clientOf(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim("azp");
            return azp == null ? token.getName() : azp.toString();
        }
        return null;
    }
}
