package org.cajaga.scoring.consolidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cajaga.core.i18n.Language;
import org.cajaga.support.i18n.CurrentLanguage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Score", description = "Why a practice has its classification under one criteria-set version")
public record ScoreView(
        @Schema(example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") UUID practiceId,
        @Schema(example = "mapeo-2022") String criteriaSet,
        @Schema(example = "1") int criteriaSetVersion,
        @Schema(example = "GOOD_PRACTICE") Classification classification,
        @Schema(example = "12") int criteriaCount,
        @Schema(description = "Criteria whose consolidated verdict is MET", example = "11") int criteriaMet,
        @Schema(example = "91.67") BigDecimal percentMet,
        @Schema(description = "Whether the practice was co-created (as practices-service last said)") boolean cocreated,
        @Schema(description = "True while tied criteria wait for a deciding review") boolean needsDecidingReview,
        @Schema(description = "The class requirement of the version's rule that gave the class; absent while PENDING")
        AppliedRule rule,
        @Schema(description = "The result in words, in the request's language") String explanation,
        List<CriterionOutcome> criteria,
        Agreement agreement,
        @Schema(description = "The submitted expert evaluations that count") List<UUID> evaluationIds,
        @Schema(description = "Submitted self-assessments: shown, never counted") List<SelfAssessment> selfAssessments,
        @Schema(description = "Id of this consolidation; practices-service keeps it with the classification") UUID consolidationId,
        Instant decidedAt) {

    @Schema(description = "How much the expert evaluators agree")
    public record Agreement(
            @Schema(description = "Expert evaluations consolidated", example = "3") int evaluations,
            @Schema(description = "Fleiss' kappa over the criteria (MET/NOT_MET); absent with fewer than two "
                    + "evaluations or when every verdict is the same", example = "0.4286") Double fleissKappa,
            @Schema(description = "Mean over the criteria of the percent of evaluations giving the majority verdict",
                    example = "83.33") BigDecimal meanPercent) {
    }

    @Schema(description = "A self-assessment of the practice, for comparison")
    public record SelfAssessment(UUID evaluationId, @Schema(example = "12") int criteriaMet) {
    }

    public static ScoreView of(Consolidation c, List<SelfAssessment> selfAssessments) {
        ConsolidationResult r = c.detail;
        String explanation = CurrentLanguage.get() == Language.EN ? r.explanation().en() : r.explanation().es();
        return new ScoreView(c.subject.practiceId(), c.subject.criteriaSet(), c.subject.criteriaSetVersion(),
                c.classification, c.criteriaCount, c.criteriaMet, c.percentMet, c.cocreated, c.needsDecision, r.rule(),
                explanation, r.criteria(),
                new Agreement(r.evaluationIds().size(), r.kappa(), r.meanAgreementPercent()), r.evaluationIds(),
                selfAssessments, c.id, c.decidedAt);
    }
}
