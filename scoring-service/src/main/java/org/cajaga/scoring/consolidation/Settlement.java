package org.cajaga.scoring.consolidation;

/** How a consolidated verdict came about. */
public enum Settlement {
    MAJORITY,
    DECIDING_REVIEW,
    TIED
}
