package org.cajaga.gateway.problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Every answer the gateway makes that no handler wrote is a problem too: no route (404), a method the
 * route does not take (405), a target the router cannot read (400), anything that failed (500, logged
 * with the request id; the caller reads no exception text). The router's error handlers take the
 * failures that reach no route, the failure handler those that happen inside one.
 */
@Singleton
public class FailureProblems {

    private static final Logger LOG = Logger.getLogger(FailureProblems.class);

    private static final int[] UNHANDLED = {400, 401, 403, 404, 405, 406, 408, 413, 414, 415, 429, 431, 500, 502, 503, 504};

    private final GatewayProblems problems;

    FailureProblems(GatewayProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        for (int status : UNHANDLED) {
            router.errorHandler(status, this::failed);
        }
        router.route().order(-90).failureHandler(this::failed);
    }

    private void failed(RoutingContext rc) {
        int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(rc.failure(), "%s %s failed (request %s)", rc.request().method(), rc.request().path(),
                    rc.request().getHeader("X-Request-Id"));
        }
        problems.send(rc, status);
    }
}
