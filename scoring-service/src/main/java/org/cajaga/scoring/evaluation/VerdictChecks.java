package org.cajaga.scoring.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cajaga.scoring.criteria.CriteriaSetVersion;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.problem.Problems.Violation;

/** Checks verdicts against the criteria of the pinned version: one 422 problem listing every fault. */
final class VerdictChecks {

    private VerdictChecks() {
    }

    /** Every verdict names a criterion of the version, once. Drafts may still miss criteria. */
    static void requireKnownAndDistinct(List<CriterionVerdict> verdicts, CriteriaSetVersion version) {
        List<Violation> violations = structure(verdicts, version);
        refuseIf(violations);
    }

    /** On submission: also every criterion answered, and a justification for each MET. */
    static void requireComplete(List<CriterionVerdict> verdicts, CriteriaSetVersion version) {
        List<Violation> violations = structure(verdicts, version);
        Set<String> answered = new HashSet<>();
        verdicts.forEach(v -> answered.add(v.criterion()));
        version.criterionCodes().stream().filter(code -> !answered.contains(code))
                .forEach(code -> violations.add(new Violation("verdicts", "missing criterion '" + code + "'")));
        for (int i = 0; i < verdicts.size(); i++) {
            CriterionVerdict verdict = verdicts.get(i);
            if (verdict.verdict() == Verdict.MET && (verdict.justification() == null || verdict.justification().isBlank())) {
                violations.add(new Violation("verdicts[" + i + "].justification", "required when the verdict is MET"));
            }
        }
        refuseIf(violations);
    }

    private static List<Violation> structure(List<CriterionVerdict> verdicts, CriteriaSetVersion version) {
        Set<String> known = Set.copyOf(version.criterionCodes());
        Set<String> seen = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            String criterion = verdicts.get(i).criterion();
            if (!known.contains(criterion)) {
                violations.add(new Violation("verdicts[" + i + "].criterion", "unknown criterion '" + criterion + "' in "
                        + version.criteriaSet() + " version " + version.number()));
            } else if (!seen.add(criterion)) {
                violations.add(new Violation("verdicts[" + i + "].criterion", "duplicate criterion '" + criterion + "'"));
            }
        }
        return violations;
    }

    private static void refuseIf(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw Problems.invalidBody("Los veredictos no corresponden a los criterios de la versión.",
                    "The verdicts do not match the criteria of the version.", violations);
        }
    }
}
