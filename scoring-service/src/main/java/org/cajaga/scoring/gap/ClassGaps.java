package org.cajaga.scoring.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cajaga.scoring.criteria.CriteriaSetVersion;

/**
 * How far a practice is from each class of a criteria-set version's rule. It holds no thresholds, class names or
 * criteria count of its own: all come with the rule.
 */
final class ClassGaps {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ClassGaps() {
    }

    /**
     * One entry per class of the rule, in its order: criteria still needed (the least whole number of criteria that
     * reaches {@code minPercentMet} of {@code criteriaCount}, minus {@code met}, never below 0), whether the class's
     * co-creation requirement is what is missing, and whether the class is reached.
     */
    static List<GapReport.ClassGap> of(CriteriaSetVersion.Rule rule, int met, boolean cocreated) {
        return rule.classes().stream().map(requirement -> {
            int needed = Math.max(0, requiredCriteria(requirement.minPercentMet(), rule.criteriaCount()) - met);
            boolean coCreationMissing = requirement.requiresCoCreation() && !cocreated;
            return new GapReport.ClassGap(requirement.classification(), requirement.minPercentMet(),
                    requirement.requiresCoCreation(), needed, coCreationMissing, needed == 0 && !coCreationMissing);
        }).toList();
    }

    /** ⌈minPercentMet × criteriaCount / 100⌉. */
    static int requiredCriteria(BigDecimal minPercentMet, int criteriaCount) {
        return minPercentMet.multiply(BigDecimal.valueOf(criteriaCount)).divide(HUNDRED, 0, RoundingMode.CEILING)
                .intValueExact();
    }
}
