package org.cajaga.taxonomy.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import org.cajaga.taxonomy.snapshot.TaxonomySnapshot;
import org.cajaga.taxonomy.snapshot.TaxonomySnapshots;
import org.cajaga.taxonomy.vocabulary.VocabularyKind;

/** Checks many codes in one round trip, against the in-memory snapshot: no query at all. */
@ApplicationScoped
public class CodeValidationService {

    @Inject
    TaxonomySnapshots snapshots;

    public ValidationReport validate(CodeSet codes) {
        TaxonomySnapshot taxonomy = snapshots.current();
        ValidationReport.Unknown unknown = new ValidationReport.Unknown(
                unknown(codes.principles(), c -> taxonomy.vocabularies().contains(VocabularyKind.PRINCIPLE, c)),
                unknown(codes.lessons(), c -> taxonomy.vocabularies().contains(VocabularyKind.LESSON, c)),
                unknown(codes.sectors(), c -> taxonomy.vocabularies().contains(VocabularyKind.SECTOR, c)),
                unknown(codes.sdgGoals(), taxonomy.sdg()::hasGoal),
                unknown(codes.sdgTargets(), taxonomy.sdg()::hasTarget),
                unknown(codes.states(), taxonomy.geography()::hasState),
                unknown(codes.municipalities(), taxonomy.geography()::hasMunicipality),
                unknown(codes.criteriaSetVersions(),
                        ref -> taxonomy.publishedVersions().contains(ref.code(), ref.number())));
        return new ValidationReport(unknown.isEmpty(), unknown);
    }

    /** The given codes that are not known, de-duplicated, in the order given; null when none. */
    private static <T> List<T> unknown(List<T> given, Predicate<T> known) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        List<T> missing = new LinkedHashSet<>(given).stream().filter(known.negate()).toList();
        return missing.isEmpty() ? null : missing;
    }
}
