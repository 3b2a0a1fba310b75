package org.cajaga.gateway.problem;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.GenericDetails;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.gateway.ratelimit.RateLimits;

/**
 * Sends the problems the gateway answers with itself, before or instead of an upstream: with the
 * request id, the caller's language and, on API paths, the rate-limit headers (such a request counts
 * against the caller's budget like any other).
 */
@Singleton
public class GatewayProblems {

    private final RateLimits limits;

    GatewayProblems(RateLimits limits) {
        this.limits = limits;
    }

    public void send(RoutingContext rc, ProblemType type, String detailEs, String detailEn) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        RequestIdAssignment.assign(rc);
        limits.announce(rc).onComplete(counted -> {
            if (!response.ended() && !response.headWritten()) {
                ProblemResponses.end(rc.request(), response, type, detailEs, detailEn);
            }
        });
    }

    /** The generic problem of a status, with the generic details every service uses for it. */
    public void send(RoutingContext rc, int status) {
        send(rc, ProblemType.forStatus(status), GenericDetails.of(status, Language.ES),
                GenericDetails.of(status, Language.EN));
    }
}
