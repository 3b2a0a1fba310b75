package org.cajaga.scoring.consolidation;

/** The verdict on one criterion once the expert evaluations are put together. */
public enum ConsolidatedVerdict {
    MET,
    NOT_MET,
    /** As many evaluators said MET as NOT_MET, and no deciding review settled it yet. */
    DISPUTED
}
