package org.cajaga.gateway.ratelimit;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.cajaga.gateway.config.GatewayConfig;
import org.cajaga.gateway.problem.ProblemResponses;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-client limits (the token's {@code azp}) and per-IP limits for anonymous traffic, announced in
 * {@code RateLimit-*} headers; past the limit a 429 problem with {@code Retry-After}.
 */
@Singleton
public class RateLimits {

    private final FixedWindowCounter counter = new FixedWindowCounter();
    private final GatewayConfig config;

    RateLimits(GatewayConfig config) {
        this.config = config;
    }

    public void check(RoutingContext rc) {
        String client = clientOf(rc);
        String key = client != null ? "client:" + client : "ip:" + rc.request().remoteAddress().hostAddress();
        int limit = client != null ? config.rateLimit().clientPerMinute() : config.rateLimit().anonymousPerMinute();
        FixedWindowCounter.Decision decision = counter.hit(key, limit, System.currentTimeMillis());
        rc.response().putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        if (decision.allowed()) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(429)
                .putHeader("Retry-After", String.valueOf(decision.resetSeconds()))
                .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .end(ProblemResponses.body(rc.request(), 429,
                        "Superó " + limit + " solicitudes por minuto; espere " + decision.resetSeconds() + " s.",
                        "You went over " + limit + " requests per minute; wait " + decision.resetSeconds() + " s."));
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
