package org.cajaga.scoring.practice;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.cajaga.support.security.Roles;

/**
 * practices-service's rule of who sees a practice record: a published one everyone, staff ({@code admin},
 * {@code curator}, {@code editor}, {@code evaluator}, the roles that review, publish and evaluate practices) every one,
 * an integrator also their own. Scoring applies it to what it last read when practices-service cannot be asked.
 */
public final class PracticeVisibility {

    private static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.CURATOR, Roles.EDITOR, Roles.EVALUATOR);

    private PracticeVisibility() {
    }

    public static boolean isStaff(SecurityIdentity caller) {
        return STAFF.stream().anyMatch(caller::hasRole);
    }

    static boolean visibleTo(PracticeFacts practice, SecurityIdentity caller) {
        return practice.published() || isStaff(caller)
                || (!caller.isAnonymous() && caller.getPrincipal().getName().equals(practice.createdBy()));
    }
}
