package org.cajaga.notifications.subscription;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cajaga.support.security.RequestIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as owner of subscriptions: the OAuth client its token was issued to ({@code azp}). */
@RequestScoped
public class Owner {

    @Inject
    RequestIdentity identity;

    public String clientId() {
        if (identity.get().getPrincipal() instanceof JsonWebToken token && token.getClaim("azp") instanceof String azp) {
            return azp;
        }
        return identity.get().getPrincipal().getName();
    }
}
