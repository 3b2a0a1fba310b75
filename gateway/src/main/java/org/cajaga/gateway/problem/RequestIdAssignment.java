package org.cajaga.gateway.problem;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.correlation.RequestIds;

/** Every request gets an {@code X-Request-Id} (by the rule of {@link RequestIds}) before anything else runs. */
@Singleton
public class RequestIdAssignment {

    void register(@Observes Router router) {
        router.route().order(-200).handler(rc -> {
            String id = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
            rc.request().headers().set(RequestIds.HEADER, id);
            rc.response().putHeader(RequestIds.HEADER, id);
            rc.next();
        });
    }
}
