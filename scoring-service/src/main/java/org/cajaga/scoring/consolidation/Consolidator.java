package org.cajaga.scoring.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.cajaga.scoring.criteria.CriteriaSetVersion;
import org.cajaga.scoring.evaluation.Verdict;
import org.cajaga.support.i18n.LocalizedText;

/**
 * Puts the submitted expert evaluations of one practice together under one criteria-set version:
 * the majority verdict per criterion (a tie is DISPUTED until a deciding review settles it), the
 * agreement between evaluators, and the class given by the version's own rule. It holds no
 * thresholds or criteria of its own: both come with the version.
 */
public final class Consolidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Consolidator() {
    }

    /**
     * @param ballots      the submitted expert evaluations (self-assessments never reach here)
     * @param decisions    verdicts of deciding reviews, by criterion code; used only where the evaluations tie
     * @param minBallots   evaluations needed before anything is classified
     * @param cocreated    whether the practice was co-created, for rules that ask for it
     */
    public static ConsolidationResult consolidate(CriteriaSetVersion version, List<Ballot> ballots,
                                                  Map<String, Verdict> decisions, int minBallots, boolean cocreated) {
        List<String> codes = version.criterionCodes();
        List<CriterionOutcome> outcomes = new ArrayList<>();
        int[][] counts = new int[codes.size()][2];
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int met = (int) ballots.stream().filter(b -> b.verdicts().get(code) == Verdict.MET).count();
            int notMet = (int) ballots.stream().filter(b -> b.verdicts().get(code) == Verdict.NOT_MET).count();
            counts[i] = new int[] {met, notMet};
            outcomes.add(outcome(code, met, notMet, decisions.get(code)));
        }
        int criteriaMet = (int) outcomes.stream().filter(o -> o.verdict() == ConsolidatedVerdict.MET).count();
        List<String> disputed = outcomes.stream().filter(o -> o.verdict() == ConsolidatedVerdict.DISPUTED)
                .map(CriterionOutcome::criterion).toList();
        OptionalDouble kappa = FleissKappa.of(counts);
        BigDecimal meanAgreement = ballots.size() < 2 ? null : outcomes.stream().map(CriterionOutcome::agreementPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(outcomes.size()), 2, RoundingMode.HALF_UP);
        BigDecimal percent = percent(criteriaMet, codes.size());
        List<UUID> ids = ballots.stream().map(Ballot::evaluationId).toList();
        Double kappaValue = kappa.isPresent() ? round(kappa.getAsDouble()) : null;

        if (ballots.size() < minBallots) {
            return new ConsolidationResult(Classification.PENDING, codes.size(), criteriaMet, percent, false, outcomes,
                    kappaValue, meanAgreement, null, ids, new LocalizedText(
                    "Pendiente: se necesitan " + minBallots + " evaluaciones expertas enviadas; hay " + ballots.size() + ".",
                    "Pending: " + minBallots + " submitted expert evaluations are needed; there are " + ballots.size() + "."));
        }
        if (!disputed.isEmpty()) {
            return new ConsolidationResult(Classification.PENDING, codes.size(), criteriaMet, percent, true, outcomes,
                    kappaValue, meanAgreement, null, ids, new LocalizedText(
                    "Pendiente: empate en " + disputed + "; lo resuelve una revisión decisoria (admin) o otra evaluación.",
                    "Pending: tie on " + disputed + "; a deciding review (admin) or a further evaluation settles it."));
        }
        AppliedRule rule = applyRule(version.rule(), criteriaMet, codes.size(), cocreated);
        return new ConsolidationResult(rule.classification(), codes.size(), criteriaMet, percent, false, outcomes,
                kappaValue, meanAgreement, rule, ids, explain(rule, criteriaMet, codes.size(), percent, cocreated));
    }

    /** The first class of the rule whose threshold and co-creation requirement hold; NOT_CLASSIFIED when none does. */
    static AppliedRule applyRule(CriteriaSetVersion.Rule rule, int met, int count, boolean cocreated) {
        BigDecimal metTimesHundred = BigDecimal.valueOf(met).multiply(HUNDRED);
        for (CriteriaSetVersion.ClassRequirement requirement : rule.classes()) {
            boolean enough = metTimesHundred.compareTo(requirement.minPercentMet().multiply(BigDecimal.valueOf(count))) >= 0;
            if (enough && (!requirement.requiresCoCreation() || cocreated)) {
                return new AppliedRule(Classification.valueOf(requirement.classification()), requirement.minPercentMet(),
                        requirement.requiresCoCreation());
            }
        }
        return new AppliedRule(Classification.NOT_CLASSIFIED, BigDecimal.ZERO, false);
    }

    private static CriterionOutcome outcome(String code, int met, int notMet, Verdict decision) {
        int votes = met + notMet;
        BigDecimal agreement = votes == 0 ? BigDecimal.ZERO.setScale(2) : percent(Math.max(met, notMet), votes);
        if (met > notMet) {
            return new CriterionOutcome(code, met, notMet, ConsolidatedVerdict.MET, Settlement.MAJORITY, agreement);
        }
        if (notMet > met) {
            return new CriterionOutcome(code, met, notMet, ConsolidatedVerdict.NOT_MET, Settlement.MAJORITY, agreement);
        }
        if (decision != null) {
            return new CriterionOutcome(code, met, notMet, ConsolidatedVerdict.valueOf(decision.name()),
                    Settlement.DECIDING_REVIEW, agreement);
        }
        return new CriterionOutcome(code, met, notMet, ConsolidatedVerdict.DISPUTED, Settlement.TIED, agreement);
    }

    private static LocalizedText explain(AppliedRule rule, int met, int count, BigDecimal percent, boolean cocreated) {
        String cocreation = rule.requiresCoCreation() ? " y cocreación" : "";
        String coCreation = rule.requiresCoCreation() ? " and co-creation" : "";
        return new LocalizedText(
                met + " de " + count + " criterios cumplidos (" + percent + " %), práctica " + (cocreated ? "" : "no ")
                        + "cocreada: la primera clase de la regla que se cumple es " + rule.classification()
                        + " (mínimo " + rule.minPercentMet().stripTrailingZeros().toPlainString() + " %" + cocreation + ").",
                met + " of " + count + " criteria met (" + percent + " %), practice " + (cocreated ? "" : "not ")
                        + "co-created: the first class of the rule that holds is " + rule.classification()
                        + " (at least " + rule.minPercentMet().stripTrailingZeros().toPlainString() + " %" + coCreation + ").");
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
