package org.cajaga.taxonomy.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cajaga.taxonomy.criteria.CriteriaSetVersionRepository;
import org.cajaga.taxonomy.geography.GeographyRepository;
import org.cajaga.taxonomy.sdg.SdgRepository;
import org.cajaga.taxonomy.vocabulary.VocabularyKind;
import org.cajaga.taxonomy.vocabulary.VocabularyRepository;

/** Checks many codes in one round trip: one query per kind of code, never one per code. */
@ApplicationScoped
public class CodeValidationService {

    @Inject
    VocabularyRepository vocabulary;

    @Inject
    SdgRepository sdg;

    @Inject
    GeographyRepository geography;

    @Inject
    CriteriaSetVersionRepository criteriaVersions;

    @Transactional
    public ValidationReport validate(CodeSet codes) {
        ValidationReport.Unknown unknown = new ValidationReport.Unknown(
                unknown(codes.principles(), c -> vocabulary.existingCodes(VocabularyKind.PRINCIPLE, c)),
                unknown(codes.lessons(), c -> vocabulary.existingCodes(VocabularyKind.LESSON, c)),
                unknown(codes.sectors(), c -> vocabulary.existingCodes(VocabularyKind.SECTOR, c)),
                unknown(codes.sdgGoals(), sdg::existingGoals),
                unknown(codes.sdgTargets(), sdg::existingTargets),
                unknown(codes.states(), geography::existingStates),
                unknown(codes.municipalities(), geography::existingMunicipalities),
                unknownVersions(codes.criteriaSetVersions()));
        return new ValidationReport(unknown.isEmpty(), unknown);
    }

    /** The given codes that the lookup did not find, de-duplicated, in the order given; null when none. */
    private static <T> List<T> unknown(List<T> given, Function<Collection<T>, List<T>> existing) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        Set<T> distinct = new LinkedHashSet<>(given);
        Set<T> known = new HashSet<>(existing.apply(distinct));
        List<T> missing = distinct.stream().filter(code -> !known.contains(code)).toList();
        return missing.isEmpty() ? null : missing;
    }

    private List<CodeSet.CriteriaSetVersionRef> unknownVersions(List<CodeSet.CriteriaSetVersionRef> given) {
        if (given == null) {
            return null;
        }
        List<CodeSet.CriteriaSetVersionRef> missing = new LinkedHashSet<>(given).stream()
                .filter(ref -> !criteriaVersions.isPublished(ref.code(), ref.number()))
                .toList();
        return missing.isEmpty() ? null : missing;
    }
}
