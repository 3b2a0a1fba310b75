package org.cajaga.scoring.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An expert review (role {@code evaluator}) counts towards the official classification; a
 * self-assessment by the practice's own integrator or an editor is shown, never counted.
 */
@Schema(description = "EXPERT_REVIEW (role evaluator) counts; SELF_ASSESSMENT (the practice's integrator or an editor) "
        + "is shown, never counted")
public enum EvaluationKind {
    EXPERT_REVIEW,
    SELF_ASSESSMENT
}
