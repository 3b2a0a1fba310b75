package org.cajaga.scoring.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cajaga.support.security.RequestIdentity;
import org.cajaga.support.security.Roles;

/** The person or system calling, as far as evaluations care. */
@RequestScoped
public class Evaluator {

    @Inject
    RequestIdentity identity;

    public String name() {
        return identity.get().getPrincipal().getName();
    }

    public boolean isExpert() {
        return identity.get().hasRole(Roles.EVALUATOR);
    }

    /** Editors and admins. */
    public boolean isEditor() {
        return identity.get().hasRole(Roles.EDITOR) || identity.get().hasRole(Roles.ADMIN);
    }

    public boolean isIntegrator() {
        return identity.get().hasRole(Roles.INTEGRATOR);
    }

    /** Admins, editors and evaluators read every evaluation; anyone else only their own. */
    public boolean seesAll() {
        return isEditor() || isExpert();
    }
}
