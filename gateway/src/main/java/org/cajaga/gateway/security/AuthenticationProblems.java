package org.cajaga.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.gateway.problem.GatewayProblems;

/**
 * The gateway's own refusals of callers (no token on a write, a token that fails verification or is
 * not even shaped like one) as problem+json with a bearer challenge, instead of an empty 401.
 */
@Singleton
public class AuthenticationProblems {

    private final GatewayProblems problems;

    AuthenticationProblems(GatewayProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(-100).failureHandler(rc -> handle(rc, rc.failure()));
    }

    private void handle(RoutingContext rc, Throwable failure) {
        if (rc.response().ended()) {
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthorized(rc, rc.request().getHeader("Authorization") != null);
        } else if (failure instanceof ForbiddenException) {
            problems.send(rc, ProblemType.FORBIDDEN, "Acceso denegado.", "Access denied.");
        } else {
            rc.next();
        }
    }

    /** 401 for credentials of another scheme (Basic...): the API only takes bearer tokens. */
    void onlyBearer(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"cajaga\"");
        problems.send(rc, ProblemType.UNAUTHORIZED,
                "Esta API solo acepta tokens de acceso con el esquema Bearer.",
                "This API only takes bearer tokens (the Bearer scheme).");
    }

    /** 401 with a bearer challenge; {@code tokenGiven} adds {@code error="invalid_token"} (RFC 6750). */
    void unauthorized(RoutingContext rc, boolean tokenGiven) {
        rc.response().putHeader("WWW-Authenticate", tokenGiven ? "Bearer realm=\"cajaga\", error=\"invalid_token\""
                : "Bearer realm=\"cajaga\"");
        problems.send(rc, ProblemType.UNAUTHORIZED,
                tokenGiven ? "El token de acceso no es válido, venció o no es para esta API."
                        : "Esta operación requiere un token de acceso.",
                tokenGiven ? "The bearer token is invalid, expired or not meant for this API."
                        : "This operation needs a bearer token.");
    }
}
