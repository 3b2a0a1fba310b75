package org.cajaga.practices.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cajaga.support.security.RequestIdentity;
import org.cajaga.support.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: name, roles, client and, for government systems, the municipalities they may write
 * and the source names they own.
 */
@RequestScoped
public class Caller {

    @Inject
    RequestIdentity identity;

    public boolean isAnonymous() {
        return identity.get().isAnonymous();
    }

    public String name() {
        return isAnonymous() ? "anonymous" : identity.get().getPrincipal().getName();
    }

    /** Staff see every record in every status. */
    public boolean isStaff() {
        return identity.get().hasRole(Roles.ADMIN) || identity.get().hasRole(Roles.EDITOR)
                || identity.get().hasRole(Roles.CURATOR) || identity.get().hasRole(Roles.EVALUATOR);
    }

    /** Editors and admins change any record and move it through the workflow. */
    public boolean isEditor() {
        return identity.get().hasRole(Roles.ADMIN) || identity.get().hasRole(Roles.EDITOR);
    }

    public boolean isIntegrator() {
        return identity.get().hasRole(Roles.INTEGRATOR);
    }

    /** The OAuth client the token was issued to ({@code azp}). */
    public String clientId() {
        return claim("azp") instanceof String azp ? azp : null;
    }

    private MunicipalityScope scope;

    /** The {@code municipalities} claim: CVEGEO codes or two-digit state prefixes; empty when absent. Read once per request. */
    public MunicipalityScope municipalityScope() {
        if (scope == null) {
            scope = readScope();
        }
        return scope;
    }

    private MunicipalityScope readScope() {
        Object claim = claim("municipalities");
        if (claim instanceof Collection<?> values) {
            return new MunicipalityScope(values.stream().map(v -> String.valueOf(v).replace("\"", "").trim()).toList());
        }
        if (claim instanceof String single) {
            return new MunicipalityScope(List.of(single.split("[,\\s]+")));
        }
        return new MunicipalityScope(List.of());
    }

    /**
     * The {@code sources} claim: the source names the OAuth client owns and may push under; empty when
     * absent. Keycloak sets it per client with a hardcoded-claim mapper.
     */
    public Set<String> sources() {
        Object claim = claim("sources");
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> String.valueOf(v).replace("\"", "").trim()).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof String single && !single.isBlank()) {
            return Set.of(single.trim());
        }
        return Set.of();
    }

    private Object claim(String name) {
        if (isAnonymous() || !(identity.get().getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        return token.getClaim(name);
    }
}
