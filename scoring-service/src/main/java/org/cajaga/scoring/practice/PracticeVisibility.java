package org.cajaga.scoring.practice;

import org.cajaga.support.security.Caller;

/**
 * practices-service's rule of who sees a practice record: a published one everyone, staff ({@code admin},
 * {@code curator}, {@code editor}, {@code evaluator}, the roles that review, publish and evaluate practices) every one,
 * an integrator also their own. Scoring applies it to what it last read when practices-service cannot be asked.
 */
final class PracticeVisibility {

    private PracticeVisibility() {
    }

    static boolean visibleTo(PracticeFacts practice, Caller caller) {
        return practice.published() || caller.isStaff()
                || (!caller.isAnonymous() && caller.name().equals(practice.createdBy()));
    }
}
