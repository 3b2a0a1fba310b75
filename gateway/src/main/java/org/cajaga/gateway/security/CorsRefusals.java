package org.cajaga.gateway.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.gateway.problem.GatewayProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A browser request from an origin that is neither allow-listed ({@code quarkus.http.cors.origins})
 * nor the gateway's own is a 403 problem. Quarkus' CORS filter, which runs next and handles the allowed
 * ones, would refuse it with an empty body.
 */
@Singleton
public class CorsRefusals {

    /** Before Quarkus' CORS filter (order -300). */
    private static final int ORDER = -800;

    private final List<String> origins;
    private final GatewayProblems problems;

    CorsRefusals(@ConfigProperty(name = "quarkus.http.cors.origins") List<String> origins, GatewayProblems problems) {
        this.origins = origins;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        if (origin == null || origins.contains(origin) || sameAuthority(rc.request(), origin)) {
            rc.next();
        } else {
            problems.send(rc, ProblemType.FORBIDDEN,
                    "El origen '" + origin + "' no está autorizado para llamar a esta API desde un navegador.",
                    "The origin '" + origin + "' may not call this API from a browser.");
        }
    }

    private static boolean sameAuthority(HttpServerRequest request, String origin) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && request.authority() != null
                    && authority.toLowerCase(Locale.ROOT).equals(request.authority().toString().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
