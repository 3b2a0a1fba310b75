package org.cajaga.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read once per request from the token: subject, name, the OAuth client ({@code azp}), realm roles
 * and, for government systems, the {@code municipalities} and {@code sources} claims Keycloak sets per client. An
 * anonymous caller has the name {@value #ANONYMOUS}, no client, no roles and no claims. What a caller may do with
 * these is each service's own rule.
 */
@RequestScoped
public class Caller {

    /** The name of a caller without a token, as recorded wherever a name is kept. */
    public static final String ANONYMOUS = "anonymous";

    /** Roles that review, publish and evaluate practices, and so see records in every status. */
    private static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.CURATOR, Roles.EDITOR, Roles.EVALUATOR);

    @Inject
    RequestIdentity identity;

    private Token token;

    @PostConstruct
    void read() {
        token = Token.of(identity.get());
    }

    public boolean isAnonymous() {
        return token.anonymous();
    }

    /** The token's {@code sub}; null for an anonymous caller. */
    public String subject() {
        return token.subject();
    }

    /** The principal's name (Keycloak's {@code preferred_username}); {@value #ANONYMOUS} without a token. */
    public String name() {
        return token.name();
    }

    /** The OAuth client the token was issued to ({@code azp}); null when absent. */
    public String clientId() {
        return token.clientId();
    }

    public Set<String> roles() {
        return token.roles();
    }

    public boolean hasRole(String role) {
        return token.roles().contains(role);
    }

    /** Staff ({@code admin}, {@code curator}, {@code editor}, {@code evaluator}) see practices in every status. */
    public boolean isStaff() {
        return token.roles().stream().anyMatch(STAFF::contains);
    }

    /** Editors and admins change any practice and move it through the workflow. */
    public boolean isEditor() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.EDITOR);
    }

    /**
     * The {@code municipalities} claim as given (CVEGEO codes or two-digit state codes, a list or one string separated
     * by commas or spaces); empty when absent. Which entries count is the writing service's rule.
     */
    public List<String> municipalities() {
        return token.municipalities();
    }

    /** The {@code sources} claim: the source names the OAuth client owns and may push under; empty when absent. */
    public Set<String> sources() {
        return token.sources();
    }

    /**
     * The caller's own credentials as an {@code Authorization} header value ({@code Bearer <token>}), for a call to
     * another service made on the caller's behalf, so that service applies its rules to the caller; null for an
     * anonymous caller.
     */
    public String authorization() {
        return token.rawToken() == null ? null : "Bearer " + token.rawToken();
    }

    /** What the request's identity says, read once. */
    private record Token(boolean anonymous, String subject, String name, String clientId, Set<String> roles,
                         List<String> municipalities, Set<String> sources, String rawToken) {

        static Token of(SecurityIdentity identity) {
            Set<String> roles = Set.copyOf(identity.getRoles());
            if (identity.isAnonymous()) {
                return new Token(true, null, ANONYMOUS, null, roles, List.of(), Set.of(), null);
            }
            String name = identity.getPrincipal().getName();
            if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
                return new Token(false, null, name, null, roles, List.of(), Set.of(), null);
            }
            return new Token(false, jwt.getSubject(), name, jwt.getClaim("azp") instanceof String azp ? azp : null, roles,
                    municipalitiesIn(jwt.getClaim("municipalities")), sourcesIn(jwt.getClaim("sources")), jwt.getRawToken());
        }
    }

    /** A list, or one string of entries separated by commas or spaces. */
    private static List<String> municipalitiesIn(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values(values);
        }
        if (claim instanceof String single) {
            return List.of(single.split("[,\\s]+"));
        }
        return List.of();
    }

    /** A list, or one string naming one source. */
    private static Set<String> sourcesIn(Object claim) {
        if (claim instanceof Collection<?> values) {
            return Set.copyOf(values(values));
        }
        if (claim instanceof String single && !single.isBlank()) {
            return Set.of(single.trim());
        }
        return Set.of();
    }

    /** The values of a JSON array claim, trimmed and without the quotes some token readers leave on them. */
    private static List<String> values(Collection<?> claim) {
        return claim.stream().map(value -> String.valueOf(value).replace("\"", "").trim()).toList();
    }
}
