package org.cajaga.practices.practice;

/** What a push did to the stored record. */
public enum UpsertOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
