package org.cajaga.scoring.criteria;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** What scoring needs of a criteria-set version served by taxonomy-service: its criteria and rule. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CriteriaSetVersion(String criteriaSet, int number, String status, List<Criterion> criteria, Rule rule) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public List<String> criterionCodes() {
        return criteria.stream().map(Criterion::code).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String code, String name) {
    }

    /** Classes in the order they are tried; the first whose threshold and co-creation requirement hold applies. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(int criteriaCount, List<ClassRequirement> classes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClassRequirement(String classification, BigDecimal minPercentMet, boolean requiresCoCreation) {
    }
}
