package org.cajaga.taxonomy.vocabulary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.problem.Problems.Violation;

/**
 * The criteria a lesson learned helps meet, as a curator sends them ({@code criteria} of {@link NewTerm} and
 * {@link TermChange}): only lessons carry them, and every code must be a criterion of some criteria-set version.
 */
final class LessonCriteria {

    static final int MAX = 40;
    static final String DESCRIPTION = "Lessons learned only: codes of the criteria the lesson helps meet (criterion codes "
            + "of any criteria-set version), kept in the order sent, repeats dropped. Absent: a new lesson has none and "
            + "a changed one keeps its own. Sent for a principle or a sector: 422.";

    private static final String FIELD = "criteria";

    private LessonCriteria() {
    }

    /** The codes to store: {@code current} when none were sent, else those sent without repeats. */
    static String[] resolve(VocabularyKind kind, List<String> sent, String[] current, VocabularyRepository terms) {
        if (sent == null) {
            return current;
        }
        if (kind != VocabularyKind.LESSON) {
            throw Problems.invalidBody("Solo las lecciones aprendidas se relacionan con criterios.",
                    "Only lessons learned relate to criteria.",
                    List.of(new Violation(FIELD, "only lessons learned have criteria")));
        }
        List<String> codes = List.copyOf(new LinkedHashSet<>(sent));
        Set<String> known = codes.isEmpty() ? Set.of() : Set.copyOf(terms.existingCriterionCodes(codes));
        List<String> unknown = codes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw Problems.invalidBody("Ninguna versión de conjunto de criterios tiene los criterios "
                            + String.join(", ", unknown) + ".",
                    "No criteria-set version has the criteria " + String.join(", ", unknown) + ".",
                    List.of(new Violation(FIELD, "unknown criteria: " + String.join(", ", unknown))));
        }
        return codes.toArray(String[]::new);
    }
}
