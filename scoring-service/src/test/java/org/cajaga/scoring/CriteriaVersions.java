package org.cajaga.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** Criteria-set versions shaped like taxonomy-service's answers, with the Mapeo 2022 criteria. */
final class CriteriaVersions {

    static final List<String> CRITERIA = List.of("INNOVATION", "ACCOUNTABILITY", "TRANSPARENCY", "RESULTS", "INTEGRALITY",
            "RECOGNITION", "SUSTAINABILITY", "REPLICABILITY", "RELEVANCE", "EVIDENCE", "PARTICIPATION", "AGENDA2030");

    private CriteriaVersions() {
    }

    /** Version {@code number} whose GOOD_PRACTICE threshold is {@code goodPracticePercent}; EMBLEMATIC is 100 % + co-creation. */
    static String version(int number, String status, int goodPracticePercent) {
        return version("mapeo-2022", number, status, "", 100, true, goodPracticePercent);
    }

    /**
     * Version {@code number} of {@code criteriaSet}, each criterion named its code after {@code namePrefix} (e.g.
     * "Criterio "), with the EMBLEMATIC and GOOD_PRACTICE thresholds given.
     */
    static String version(String criteriaSet, int number, String status, String namePrefix, int emblematicPercent,
                          boolean emblematicNeedsCoCreation, int goodPracticePercent) {
        String criteria = CRITERIA.stream()
                .map(code -> "{\"code\": \"" + code + "\", \"name\": \"" + namePrefix + code + "\", \"description\": \"...\"}")
                .collect(Collectors.joining(", "));
        return """
                {"criteriaSet": "%s", "number": %d, "status": "%s", "publishedAt": null,
                 "criteria": [%s],
                 "rule": {"criteriaCount": 12, "howToApply": "...", "classes": [
                   {"classification": "EMBLEMATIC", "minPercentMet": %d, "requiresCoCreation": %s},
                   {"classification": "GOOD_PRACTICE", "minPercentMet": %d, "requiresCoCreation": false},
                   {"classification": "NOT_CLASSIFIED", "minPercentMet": 0, "requiresCoCreation": false}]},
                 "version": 0, "updatedAt": "2022-01-01T00:00:00Z"}
                """.formatted(criteriaSet, number, status, criteria, emblematicPercent, emblematicNeedsCoCreation,
                goodPracticePercent);
    }
}
