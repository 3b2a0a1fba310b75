package org.cajaga.support.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's identity, looked up once per request. Every call on an injected {@code SecurityIdentity}
 * proxy awaits the request's identity again, which showed in the profile of practices-service's search
 * (bench/README.md).
 */
@RequestScoped
public class RequestIdentity {

    @Inject
    CurrentIdentityAssociation association;

    private SecurityIdentity identity;

    public SecurityIdentity get() {
        if (identity == null) {
            identity = association.getIdentity();
        }
        return identity;
    }
}
