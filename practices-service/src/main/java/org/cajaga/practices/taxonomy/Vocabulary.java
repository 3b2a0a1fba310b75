package org.cajaga.practices.taxonomy;

import java.util.List;

/**
 * The labels of the vocabulary practices refer to, in Spanish and English, as taxonomy-service
 * serves them: what the DCAT catalogue publishes as SKOS concept schemes.
 */
public record Vocabulary(
        List<Term> principles,
        List<Term> lessons,
        String criteriaSet,
        int criteriaSetVersion,
        List<Term> criteria,
        List<Term> sdgGoals,
        List<Term> states) {

    /** A text in Spanish and English; either may be absent (state names are INEGI's, in Spanish only). */
    public record Label(String es, String en) {
    }

    public record Term(String code, Label name, Label description) {
    }
}
