package org.cajaga.scoring.consolidation;

/** The class of a practice under one criteria-set version (docs/DOMAIN.md). */
public enum Classification {
    EMBLEMATIC,
    GOOD_PRACTICE,
    NOT_CLASSIFIED,
    PENDING
}
