package org.cajaga.taxonomy.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cajaga.support.security.RequestIdentity;

/** Who is making the change, as recorded in {@code updated_by} and change histories. */
@RequestScoped
public class CurrentUser {

    @Inject
    RequestIdentity identity;

    public String name() {
        return identity.get().isAnonymous() ? "anonymous" : identity.get().getPrincipal().getName();
    }
}
