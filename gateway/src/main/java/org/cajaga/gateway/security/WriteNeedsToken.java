package org.cajaga.gateway.security;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;

/** Anonymous callers may GET, HEAD and OPTIONS the API; any other method needs a valid bearer token. */
@Singleton
public class WriteNeedsToken {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final AuthenticationProblems problems;

    WriteNeedsToken(AuthenticationProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(-10).handler(this::check);
    }

    private void check(RoutingContext rc) {
        boolean authenticated = rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
        if (authenticated || READS.contains(rc.request().method())) {
            rc.next();
        } else {
            problems.unauthorized(rc, false);
        }
    }
}
