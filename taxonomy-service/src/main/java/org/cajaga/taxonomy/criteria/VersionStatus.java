package org.cajaga.taxonomy.criteria;

/** A draft is edited by curators; a published version is immutable and is what evaluations pin. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED
}
