package org.cajaga.taxonomy.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cajaga.taxonomy.criteria.CriteriaSetVersionRepository;
import org.cajaga.taxonomy.criteria.PublishedVersions;
import org.cajaga.taxonomy.geography.GeographyCatalogue;
import org.cajaga.taxonomy.geography.GeographyRepository;
import org.cajaga.taxonomy.sdg.SdgCatalogue;
import org.cajaga.taxonomy.sdg.SdgRepository;
import org.cajaga.taxonomy.vocabulary.VocabularyCatalogue;
import org.cajaga.taxonomy.vocabulary.VocabularyRepository;

/** Reads the revision, and the whole reference data at one revision, from the database. */
@ApplicationScoped
class SnapshotLoader {

    @Inject
    EntityManager em;

    @Inject
    VocabularyRepository vocabulary;

    @Inject
    SdgRepository sdg;

    @Inject
    GeographyRepository geography;

    @Inject
    CriteriaSetVersionRepository criteriaVersions;

    /** The database's current revision: one row by primary key. */
    @Transactional
    long revision() {
        return readRevision();
    }

    /**
     * Every table, labelled with the revision read before them: the data is at least that new, and a change that
     * commits while they are read has moved the revision, so the next check reads again.
     */
    @Transactional
    TaxonomySnapshot load() {
        long revision = readRevision();
        return new TaxonomySnapshot(revision,
                VocabularyCatalogue.of(vocabulary.listAll()),
                SdgCatalogue.of(sdg.goals(), sdg.targets(), sdg.indicators()),
                GeographyCatalogue.of(geography.states(), geography.municipalities()),
                PublishedVersions.of(criteriaVersions.published()));
    }

    private long readRevision() {
        return ((Number) em.createNativeQuery("SELECT revision FROM taxonomy_revision").getSingleResult()).longValue();
    }
}
