package org.cajaga.scoring.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.scoring.criteria.CriteriaSetVersion;
import org.cajaga.scoring.criteria.PublishedCriteria;
import org.cajaga.support.ids.TimeOrderedIds;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.problem.Problems.Violation;

/** An admin settles tied criteria; the practice is consolidated again at once. */
@ApplicationScoped
public class DecidingReview {

    @Inject
    PublishedCriteria criteria;

    @Inject
    ConsolidationService consolidations;

    @Transactional
    public Consolidation decide(UUID practiceId, DecisionInput input, String admin) {
        CriteriaSetVersion version = criteria.published(input.criteriaSet(), input.criteriaSetVersion());
        Consolidation consolidation = Consolidation.of(practiceId, input.criteriaSet(), input.criteriaSetVersion())
                .orElseThrow(() -> Problems.notFound("una consolidación con esa versión para la práctica",
                        "consolidation under that version for practice", practiceId));
        Map<String, CriterionOutcome> outcomes = consolidation.detail.criteria().stream()
                .collect(Collectors.toMap(CriterionOutcome::criterion, Function.identity()));
        requireKnown(input.decisions(), version);
        List<String> notTied = input.decisions().stream().map(DecisionInput.Decision::criterion)
                .filter(code -> outcomes.get(code).settledBy() == Settlement.MAJORITY).toList();
        if (!notTied.isEmpty()) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "Los criterios " + notTied + " no están empatados: los decide la mayoría de las evaluaciones.",
                    "Criteria " + notTied + " are not tied: the majority of the evaluations decides them.");
        }
        for (DecisionInput.Decision decision : input.decisions()) {
            CriterionDecision stored = CriterionDecision.<CriterionDecision>find("practiceId = ?1 and criteriaSet = ?2 "
                            + "and criteriaSetVersion = ?3 and criterion = ?4", practiceId, input.criteriaSet(),
                    input.criteriaSetVersion(), decision.criterion()).firstResultOptional().orElseGet(CriterionDecision::new);
            if (stored.id == null) {
                stored.id = TimeOrderedIds.next();
                stored.practiceId = practiceId;
                stored.criteriaSet = input.criteriaSet();
                stored.criteriaSetVersion = input.criteriaSetVersion();
                stored.criterion = decision.criterion();
            }
            stored.verdict = decision.verdict();
            stored.justification = decision.justification();
            stored.decidedBy = admin;
            stored.decidedAt = Instant.now();
            stored.persist();
        }
        return consolidations.recompute(practiceId, version);
    }

    private static void requireKnown(List<DecisionInput.Decision> decisions, CriteriaSetVersion version) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            String code = decisions.get(i).criterion();
            if (!version.criterionCodes().contains(code)) {
                violations.add(new Violation("decisions[" + i + "].criterion", "unknown criterion '" + code + "'"));
            } else if (decisions.stream().filter(d -> d.criterion().equals(code)).count() > 1) {
                violations.add(new Violation("decisions[" + i + "].criterion", "duplicate criterion '" + code + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalidBody("Las decisiones no corresponden a los criterios de la versión.",
                    "The decisions do not match the criteria of the version.", violations);
        }
    }
}
