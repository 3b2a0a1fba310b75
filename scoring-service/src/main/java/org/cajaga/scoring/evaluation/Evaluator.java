package org.cajaga.scoring.evaluation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cajaga.support.security.Roles;

/** The person or system calling, as far as evaluations care. */
@RequestScoped
public class Evaluator {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isExpert() {
        return identity.hasRole(Roles.EVALUATOR);
    }

    /** Editors and admins. */
    public boolean isEditor() {
        return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN);
    }

    public boolean isIntegrator() {
        return identity.hasRole(Roles.INTEGRATOR);
    }

    /** Admins, editors and evaluators read every evaluation; anyone else only their own. */
    public boolean seesAll() {
        return isEditor() || isExpert();
    }
}
