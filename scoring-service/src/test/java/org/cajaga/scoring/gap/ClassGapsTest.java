package org.cajaga.scoring.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cajaga.scoring.criteria.CriteriaSetVersion.ClassRequirement;
import org.cajaga.scoring.criteria.CriteriaSetVersion.Rule;
import org.junit.jupiter.api.Test;

/** The criteria still needed per class: the least whole number of criteria reaching the threshold, minus those met. */
class ClassGapsTest {

    @Test
    void aThresholdBetweenTwoCountsNeedsTheNextWholeCriterion() {
        assertThat(ClassGaps.requiredCriteria(new BigDecimal("80"), 12)).as("9.6 criteria").isEqualTo(10);
        assertThat(ClassGaps.requiredCriteria(new BigDecimal("33.33"), 12)).as("3.9996 criteria").isEqualTo(4);
        assertThat(ClassGaps.requiredCriteria(new BigDecimal("75"), 12)).as("exactly 9 criteria").isEqualTo(9);
        assertThat(ClassGaps.requiredCriteria(new BigDecimal("100"), 7)).isEqualTo(7);
        assertThat(ClassGaps.requiredCriteria(BigDecimal.ZERO, 12)).isZero();
    }

    @Test
    void moreMetThanNeededIsNothingMissingAndCoCreationIsMissingOnlyWhereTheClassAsksForIt() {
        Rule rule = new Rule(10, List.of(new ClassRequirement("EMBLEMATIC", new BigDecimal("90"), true),
                new ClassRequirement("GOOD_PRACTICE", new BigDecimal("60"), false)));

        assertThat(ClassGaps.of(rule, 8, false)).containsExactly(
                new GapReport.ClassGap("EMBLEMATIC", new BigDecimal("90"), true, 1, true, false),
                new GapReport.ClassGap("GOOD_PRACTICE", new BigDecimal("60"), false, 0, false, true));
        assertThat(ClassGaps.of(rule, 10, true)).extracting(GapReport.ClassGap::reached).containsExactly(true, true);
        assertThat(ClassGaps.of(rule, 10, false)).extracting(GapReport.ClassGap::reached).containsExactly(false, true);
    }
}
