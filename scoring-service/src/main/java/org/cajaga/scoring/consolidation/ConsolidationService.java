package org.cajaga.scoring.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cajaga.scoring.config.ScoringConfig;
import org.cajaga.scoring.criteria.CriteriaSetVersion;
import org.cajaga.scoring.evaluation.EvaluationRepository;
import org.cajaga.scoring.evaluation.ScoreSubject;
import org.cajaga.scoring.evaluation.Verdict;
import org.cajaga.scoring.outbox.ClassificationOutbox;
import org.cajaga.scoring.practice.PracticeSnapshotRepository;
import org.cajaga.support.ids.TimeOrderedIds;

/**
 * Consolidates a practice again whenever its expert evaluations or deciding reviews change, and
 * writes a changed classification to the outbox in the same transaction, so it is never lost.
 */
@ApplicationScoped
public class ConsolidationService {

    @Inject
    ConsolidationRepository consolidations;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    CriterionDecisionRepository decisions;

    @Inject
    PracticeSnapshotRepository snapshots;

    @Inject
    ScoringConfig config;

    @Inject
    ClassificationOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Consolidation recompute(UUID practiceId, CriteriaSetVersion version) {
        consolidations.lockPractice(practiceId);
        ScoreSubject subject = ScoreSubject.of(practiceId, version);
        List<Ballot> ballots = evaluations.submittedExpertReviews(subject).stream()
                .map(e -> new Ballot(e.id, e.verdictByCriterion())).toList();
        Map<String, Verdict> decided = decisions.listBySubject(subject).stream()
                .collect(Collectors.toMap(d -> d.criterion, d -> d.verdict));
        boolean cocreated = snapshots.cocreated(practiceId);
        ConsolidationResult result = Consolidator.consolidate(version, ballots, decided, config.minExpertEvaluations(),
                cocreated);

        Consolidation consolidation = consolidations.findBySubject(subject).orElseGet(() -> {
            Consolidation created = new Consolidation();
            created.id = TimeOrderedIds.next();
            created.subject = subject;
            return created;
        });
        Classification before = consolidation.classification;
        consolidation.classification = result.classification();
        consolidation.criteriaCount = result.criteriaCount();
        consolidation.criteriaMet = result.criteriaMet();
        consolidation.percentMet = result.percentMet();
        consolidation.needsDecision = result.needsDecision();
        consolidation.kappa = result.kappa() == null ? null : BigDecimal.valueOf(result.kappa());
        consolidation.meanAgreement = result.meanAgreementPercent();
        consolidation.cocreated = cocreated;
        consolidation.detail = result;
        consolidation.decidedAt = Instant.now();
        consolidations.persist(consolidation);
        boolean firstAndPending = before == null && result.classification() == Classification.PENDING;
        if (before != result.classification() && !firstAndPending) {
            outbox.enqueue(consolidation);
        }
        return consolidation;
    }
}
