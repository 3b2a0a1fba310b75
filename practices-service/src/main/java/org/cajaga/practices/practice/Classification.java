package org.cajaga.practices.practice;

/** The class a consolidated evaluation gave a practice; written only by scoring-service. */
public enum Classification {
    EMBLEMATIC,
    GOOD_PRACTICE,
    NOT_CLASSIFIED,
    PENDING
}
