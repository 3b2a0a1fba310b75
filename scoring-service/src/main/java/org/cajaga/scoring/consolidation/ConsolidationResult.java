package org.cajaga.scoring.consolidation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.cajaga.support.i18n.LocalizedText;

/**
 * What the expert evaluations of a practice add up to under one criteria-set version.
 *
 * @param rule the class requirement that gave the classification; null while PENDING
 * @param kappa Fleiss' kappa over the criteria; null when undefined (fewer than two evaluations, or all alike)
 */
public record ConsolidationResult(
        Classification classification,
        int criteriaCount,
        int criteriaMet,
        BigDecimal percentMet,
        boolean needsDecision,
        List<CriterionOutcome> criteria,
        Double kappa,
        BigDecimal meanAgreementPercent,
        AppliedRule rule,
        List<UUID> evaluationIds,
        LocalizedText explanation) {
}
