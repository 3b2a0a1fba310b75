package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.cajaga.core.i18n.Language;
import org.cajaga.support.i18n.CurrentLanguage;

/**
 * 401 as a problem with a bearer challenge. Replaces the library's own security mappers, which fail
 * with {@code NoSuchFieldError} on Quarkus 3.33 (they read a field of {@code ChallengeData} that is gone).
 */
final class UnauthorizedProblemMapper {

    private UnauthorizedProblemMapper() {
    }

    static HttpProblem problem(boolean tokenWasGiven) {
        boolean english = CurrentLanguage.get() == Language.EN;
        String detail;
        String challenge;
        if (tokenWasGiven) {
            detail = english ? "The bearer token is invalid, expired or not meant for this API."
                    : "El token de acceso no es válido, venció o no es para esta API.";
            challenge = "Bearer realm=\"cajaga\", error=\"invalid_token\"";
        } else {
            detail = english ? "This operation needs a bearer token." : "Esta operación requiere un token de acceso.";
            challenge = "Bearer realm=\"cajaga\"";
        }
        return HttpProblem.builder()
                .withStatus(401)
                .withDetail(detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    /** No token (or an anonymous caller) on an operation that needs one. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class MissingCredentials extends ExceptionMapperBase<UnauthorizedException> {
        @Override
        protected HttpProblem toProblem(UnauthorizedException exception) {
            return problem(false);
        }
    }

    /** A token was given but failed verification: signature, issuer, audience, expiry or format. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class InvalidCredentials extends ExceptionMapperBase<AuthenticationFailedException> {
        @Override
        protected HttpProblem toProblem(AuthenticationFailedException exception) {
            return problem(true);
        }
    }
}
