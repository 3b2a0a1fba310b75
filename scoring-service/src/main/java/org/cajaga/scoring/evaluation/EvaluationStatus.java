package org.cajaga.scoring.evaluation;

/** DRAFT → SUBMITTED (immutable) → SUPERSEDED once a corrected revision is submitted. */
public enum EvaluationStatus {
    DRAFT,
    SUBMITTED,
    SUPERSEDED
}
