package org.cajaga.taxonomy.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cajaga.support.security.RequestIdentity;
import org.cajaga.support.security.Roles;

/** Who is making the change, as recorded in {@code updated_by} and change histories, and what they may read. */
@RequestScoped
public class CurrentUser {

    @Inject
    RequestIdentity identity;

    /** Curators and admins draft criteria-set versions, so only they read drafts; everyone else sees published ones. */
    public boolean seesDraftCriteria() {
        return identity.get().hasRole(Roles.CURATOR) || identity.get().hasRole(Roles.ADMIN);
    }

    public String name() {
        return identity.get().isAnonymous() ? "anonymous" : identity.get().getPrincipal().getName();
    }
}
