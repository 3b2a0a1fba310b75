package org.cajaga.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.gateway.problem.ProblemResponses;

/**
 * Turns the gateway's own refusals (no token on a write, a token that fails verification) into
 * problem+json with a bearer challenge, instead of an empty 401.
 */
@Singleton
public class AuthenticationProblems {

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
            rc.response().setStatusCode(403).putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                    .end(ProblemResponses.body(rc.request(), 403, "Acceso denegado.", "Access denied."));
        } else {
            rc.next();
        }
    }

    static void unauthorized(RoutingContext rc, boolean tokenGiven) {
        rc.response().setStatusCode(401)
                    .putHeader("WWW-Authenticate", tokenGiven ? "Bearer realm=\"cajaga\", error=\"invalid_token\""
                            : "Bearer realm=\"cajaga\"")
                    .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                    .end(ProblemResponses.body(rc.request(), 401,
                            tokenGiven ? "El token de acceso no es válido, venció o no es para esta API."
                                    : "Esta operación requiere un token de acceso.",
                            tokenGiven ? "The bearer token is invalid, expired or not meant for this API."
                                    : "This operation needs a bearer token."));
    }
}
