package org.cajaga.notifications.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cajaga.support.security.Caller;

/** The caller as owner of subscriptions: the OAuth client its token was issued to ({@code azp}), else its name. */
@ApplicationScoped
public class Owner {

    @Inject
    Caller caller;

    public String clientId() {
        return caller.clientId() != null ? caller.clientId() : caller.name();
    }
}
