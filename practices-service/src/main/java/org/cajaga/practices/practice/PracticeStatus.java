package org.cajaga.practices.practice;

/** Publication workflow: DRAFT → SUBMITTED → PUBLISHED → ARCHIVED, and back to DRAFT on request. */
public enum PracticeStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    ARCHIVED
}
