package org.cajaga.support.security;

/** Realm roles of the Keycloak realm {@code cajaga}; see the security model in the root README. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String CURATOR = "curator";
    public static final String EDITOR = "editor";
    public static final String EVALUATOR = "evaluator";
    public static final String INTEGRATOR = "integrator";
    /** May subscribe to webhooks (notifications-service). */
    public static final String SUBSCRIBER = "subscriber";

    private Roles() {
    }
}
