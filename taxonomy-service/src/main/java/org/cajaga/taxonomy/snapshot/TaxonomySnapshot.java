package org.cajaga.taxonomy.snapshot;

import org.cajaga.taxonomy.criteria.PublishedVersions;
import org.cajaga.taxonomy.geography.GeographyCatalogue;
import org.cajaga.taxonomy.sdg.SdgCatalogue;
import org.cajaga.taxonomy.vocabulary.VocabularyCatalogue;

/**
 * The reference data the reads serve, as of one {@code taxonomy_revision}: read in one transaction, never changed
 * afterwards, replaced whole when the revision moves.
 */
public record TaxonomySnapshot(
        long revision,
        VocabularyCatalogue vocabularies,
        SdgCatalogue sdg,
        GeographyCatalogue geography,
        PublishedVersions publishedVersions) {
}
