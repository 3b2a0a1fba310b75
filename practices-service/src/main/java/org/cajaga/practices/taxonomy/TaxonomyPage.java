package org.cajaga.practices.taxonomy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of taxonomy-service's vocabulary as far as labels go; fields it may add later are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxonomyPage<T>(List<T> items, String next) {

    /** A principle, lesson or criterion in one language. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Term(String code, String name, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Goal(int number, String title, String shortTitle) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CriteriaVersion(String criteriaSet, int number, List<Term> criteria) {
    }
}
