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
import org.cajaga.scoring.evaluation.ScoreSubject;
import org.cajaga.support.ids.TimeOrderedIds;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.problem.Problems.Violation;

/** An admin settles tied criteria; the practice is consolidated again at once. */
@ApplicationScoped
public class DecidingReview {

    @Inject
    PublishedCriteria criteria;

    @Inject
    ConsolidationService consolidation;

    @Inject
    ConsolidationRepository consolidations;

    @Inject
    CriterionDecisionRepository decisions;

    @Inject
    ScoreService scores;

    /** Stores the admin's verdicts on tied criteria and answers the practice's new score. */
    @Transactional
    public ScoreView decide(UUID practiceId, DecisionInput input, String admin) {
        CriteriaSetVersion version = criteria.published(input.criteriaSet(), input.criteriaSetVersion());
        ScoreSubject subject = new ScoreSubject(practiceId, input.criteriaSet(), input.criteriaSetVersion());
        Consolidation consolidated = consolidations.findBySubject(subject)
                .orElseThrow(() -> Problems.notFound("una consolidación con esa versión para la práctica",
                        "consolidation under that version for practice", practiceId));
        Map<String, CriterionOutcome> outcomes = consolidated.detail.criteria().stream()
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
            CriterionDecision stored = decisions.findBySubject(subject, decision.criterion())
                    .orElseGet(CriterionDecision::new);
            if (stored.id == null) {
                stored.id = TimeOrderedIds.next();
                stored.subject = subject;
                stored.criterion = decision.criterion();
            }
            stored.verdict = decision.verdict();
            stored.justification = decision.justification();
            stored.decidedBy = admin;
            stored.decidedAt = Instant.now();
            decisions.persist(stored);
        }
        return scores.scoreOf(consolidation.recompute(practiceId, version));
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
