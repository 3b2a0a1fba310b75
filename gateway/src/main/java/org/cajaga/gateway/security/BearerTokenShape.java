package org.cajaga.gateway.security;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.cajaga.core.http.BearerTokens;

/**
 * An {@code Authorization} header must be {@code Bearer} and a signed JWT (three base64url parts whose
 * header and claims are JSON objects, an algorithm other than {@code none}); anything else is a 401
 * problem before token verification runs, which otherwise fails on such input with a server error. A token
 * kept as verified ({@link CachedTokenVerification}) is not decoded again: it passed this check and more.
 */
@Singleton
public class BearerTokenShape {

    /** Before Quarkus' authentication (order -200). */
    private static final int ORDER = -700;

    private static final String SCHEME = "Bearer ";

    private final AuthenticationProblems problems;
    private final CachedTokenVerification verification;

    BearerTokenShape(AuthenticationProblems problems, CachedTokenVerification verification) {
        this.problems = problems;
        this.verification = verification;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization == null || isKept(authorization) || isSignedJwt(authorization.strip())) {
            rc.next();
        } else if (BearerTokens.isBearer(authorization)) {
            problems.unauthorized(rc, true);
        } else {
            problems.onlyBearer(rc);
        }
    }

    private boolean isKept(String authorization) {
        return authorization.startsWith(SCHEME) && verification.isKept(authorization.substring(SCHEME.length()));
    }

    static boolean isSignedJwt(String authorization) {
        String[] parts = BearerTokens.jwtParts(authorization);
        if (parts == null) {
            return false;
        }
        JsonObject header = json(parts[0]);
        if (header == null || json(parts[1]) == null || !(header.getValue("alg") instanceof String alg)) {
            return false;
        }
        return !alg.equalsIgnoreCase("none");
    }

    private static JsonObject json(String part) {
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | DecodeException | ClassCastException notJson) {
            return null;
        }
    }
}
