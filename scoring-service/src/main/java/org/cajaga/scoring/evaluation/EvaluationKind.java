package org.cajaga.scoring.evaluation;

/**
 * An expert review (role {@code evaluator}) counts towards the official classification; a
 * self-assessment by the practice's own integrator or an editor is shown, never counted.
 */
public enum EvaluationKind {
    EXPERT_REVIEW,
    SELF_ASSESSMENT
}
