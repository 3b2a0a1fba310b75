package org.cajaga.scoring.evaluation;

/** An evaluator's verdict on one criterion. */
public enum Verdict {
    MET,
    NOT_MET
}
