package org.cajaga.scoring.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cajaga.scoring.criteria.CriteriaSetVersion;
import org.cajaga.scoring.criteria.CriteriaSetVersion.ClassRequirement;
import org.cajaga.scoring.evaluation.Verdict;
import org.junit.jupiter.api.Test;

class ConsolidatorTest {

    static final List<String> CODES = List.of("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11",
            "C12");

    static CriteriaSetVersion version(int goodPracticePercent) {
        return new CriteriaSetVersion("mapeo-2022", 1, "PUBLISHED",
                CODES.stream().map(code -> new CriteriaSetVersion.Criterion(code, code)).toList(),
                new CriteriaSetVersion.Rule(12, List.of(
                        new ClassRequirement("EMBLEMATIC", BigDecimal.valueOf(100), true),
                        new ClassRequirement("GOOD_PRACTICE", BigDecimal.valueOf(goodPracticePercent), false),
                        new ClassRequirement("NOT_CLASSIFIED", BigDecimal.ZERO, false))));
    }

    static Ballot ballot(String... notMet) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Set<String> no = Set.of(notMet);
        CODES.forEach(code -> verdicts.put(code, no.contains(code) ? Verdict.NOT_MET : Verdict.MET));
        return new Ballot(UUID.randomUUID(), verdicts);
    }

    static ConsolidationResult consolidate(List<Ballot> ballots, boolean cocreated) {
        return Consolidator.consolidate(version(80), ballots, Map.of(), 2, cocreated);
    }

    @Test
    void twoEvaluatorsMeetingEverythingOnACoCreatedPracticeGiveEmblematic() {
        ConsolidationResult result = consolidate(List.of(ballot(), ballot()), true);

        assertThat(result.classification()).isEqualTo(Classification.EMBLEMATIC);
        assertThat(result.percentMet()).isEqualByComparingTo("100");
        assertThat(result.rule()).isEqualTo(new AppliedRule(Classification.EMBLEMATIC, BigDecimal.valueOf(100), true));
        assertThat(result.kappa()).as("all alike: kappa undefined").isNull();
        assertThat(result.meanAgreementPercent()).isEqualByComparingTo("100");
    }

    @Test
    void withoutCoCreationTheSameVerdictsGiveGoodPractice() {
        assertThat(consolidate(List.of(ballot(), ballot()), false).classification()).isEqualTo(Classification.GOOD_PRACTICE);
    }

    @Test
    void fewerEvaluationsThanRequiredStayPending() {
        ConsolidationResult result = consolidate(List.of(ballot()), true);

        assertThat(result.classification()).isEqualTo(Classification.PENDING);
        assertThat(result.needsDecision()).isFalse();
        assertThat(result.explanation().en()).contains("2 submitted expert evaluations are needed; there are 1");
    }

    @Test
    void twoEvaluatorsWhoDisagreeOnACriterionLeaveItDisputed() {
        ConsolidationResult result = consolidate(List.of(ballot(), ballot("C03")), true);

        assertThat(result.classification()).isEqualTo(Classification.PENDING);
        assertThat(result.needsDecision()).isTrue();
        CriterionOutcome c03 = result.criteria().get(2);
        assertThat(c03).isEqualTo(new CriterionOutcome("C03", 1, 1, ConsolidatedVerdict.DISPUTED, Settlement.TIED,
                new BigDecimal("50.00")));
        assertThat(result.kappa()).isEqualTo(-0.0435);
    }

    @Test
    void aDecidingReviewSettlesTheTie() {
        ConsolidationResult result = Consolidator.consolidate(version(80), List.of(ballot(), ballot("C03")),
                Map.of("C03", Verdict.NOT_MET), 2, true);

        assertThat(result.criteria().get(2).verdict()).isEqualTo(ConsolidatedVerdict.NOT_MET);
        assertThat(result.criteria().get(2).settledBy()).isEqualTo(Settlement.DECIDING_REVIEW);
        assertThat(result.criteriaMet()).isEqualTo(11);
        assertThat(result.classification()).isEqualTo(Classification.GOOD_PRACTICE);
        assertThat(result.needsDecision()).isFalse();
    }

    @Test
    void threeEvaluatorsDecideByMajority() {
        // C01: 2 MET, 1 NOT_MET → MET; C02 and C03: 1 MET, 2 NOT_MET → NOT_MET; 10 of 12 met = 83.33 %
        ConsolidationResult result = consolidate(List.of(ballot("C01", "C02"), ballot("C02", "C03"), ballot("C03")), true);

        assertThat(result.criteriaMet()).isEqualTo(10);
        assertThat(result.percentMet()).isEqualByComparingTo("83.33");
        assertThat(result.classification()).isEqualTo(Classification.GOOD_PRACTICE);
        assertThat(result.criteria().get(0).agreementPercent()).isEqualByComparingTo("66.67");
        assertThat(result.criteria().stream().allMatch(o -> o.settledBy() == Settlement.MAJORITY)).isTrue();
    }

    @Test
    void fourEvaluatorsCanTieTwoAgainstTwo() {
        ConsolidationResult result = consolidate(List.of(ballot("C05"), ballot("C05"), ballot(), ballot()), true);

        assertThat(result.criteria().get(4).verdict()).isEqualTo(ConsolidatedVerdict.DISPUTED);
        assertThat(result.classification()).isEqualTo(Classification.PENDING);

        ConsolidationResult fifth = consolidate(List.of(ballot("C05"), ballot("C05"), ballot(), ballot(), ballot()), true);
        assertThat(fifth.criteria().get(4).verdict()).isEqualTo(ConsolidatedVerdict.MET);
        assertThat(fifth.classification()).as("a further evaluator breaks the tie").isEqualTo(Classification.EMBLEMATIC);
    }

    @Test
    void theThresholdComesFromTheVersionNotFromTheCode() {
        // 9 of 12 = 75 %: below 80 % in one version, enough in a version whose rule asks for 75 %
        List<Ballot> ballots = List.of(ballot("C01", "C02", "C03"), ballot("C01", "C02", "C03"));

        assertThat(Consolidator.consolidate(version(80), ballots, Map.of(), 2, false).classification())
                .isEqualTo(Classification.NOT_CLASSIFIED);
        assertThat(Consolidator.consolidate(version(75), ballots, Map.of(), 2, false).classification())
                .isEqualTo(Classification.GOOD_PRACTICE);
    }

    @Test
    void theRequiredNumberOfEvaluationsIsASetting() {
        List<Ballot> two = new ArrayList<>(List.of(ballot(), ballot()));

        assertThat(Consolidator.consolidate(version(80), two, Map.of(), 3, true).classification())
                .isEqualTo(Classification.PENDING);
        two.add(ballot());
        assertThat(Consolidator.consolidate(version(80), two, Map.of(), 3, true).classification())
                .isEqualTo(Classification.EMBLEMATIC);
    }
}
