package org.cajaga.gateway.problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.correlation.RequestIds;
import org.jboss.logging.MDC;

/**
 * Every request gets an {@code X-Request-Id} (by the rule of {@link RequestIds}) before anything else
 * runs, CORS and token checks included, so every answer names it once. The id is also put in the logging
 * context (kept per request by Quarkus' Vert.x context), so the gateway's log lines name it as the services' do.
 */
@Singleton
public class RequestIdAssignment {

    /** The logging-context key, the services' too. */
    public static final String MDC_KEY = "requestId";

    /** Before the gateway's request checks and Quarkus' CORS filter (order -300). */
    public static final int ORDER = -1000;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(rc -> {
            assign(rc);
            rc.next();
        });
    }

    /** Gives the request and its answer an id, unless it has one (a request refused before any route has none). */
    public static void assign(RoutingContext rc) {
        if (rc.response().headers().contains(RequestIds.HEADER)) {
            return;
        }
        String id = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
        rc.request().headers().set(RequestIds.HEADER, id);
        rc.response().putHeader(RequestIds.HEADER, id);
        MDC.put(MDC_KEY, id);
    }
}
