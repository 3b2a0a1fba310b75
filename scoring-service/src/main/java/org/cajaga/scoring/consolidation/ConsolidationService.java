package org.cajaga.scoring.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cajaga.scoring.config.ScoringConfig;
import org.cajaga.scoring.criteria.CriteriaSetVersion;
import org.cajaga.scoring.evaluation.Evaluation;
import org.cajaga.scoring.evaluation.EvaluationKind;
import org.cajaga.scoring.evaluation.EvaluationStatus;
import org.cajaga.scoring.evaluation.Verdict;
import org.cajaga.scoring.outbox.ClassificationOutbox;
import org.cajaga.scoring.practice.PracticeSnapshot;
import org.cajaga.support.ids.TimeOrderedIds;

/**
 * Consolidates a practice again whenever its expert evaluations or deciding reviews change, and
 * writes a changed classification to the outbox in the same transaction, so it is never lost.
 */
@ApplicationScoped
public class ConsolidationService {

    @Inject
    EntityManager entityManager;

    @Inject
    ScoringConfig config;

    @Inject
    ClassificationOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Consolidation recompute(UUID practiceId, CriteriaSetVersion version) {
        lockPractice(practiceId);
        String set = version.criteriaSet();
        List<Evaluation> submitted = Evaluation.list("practiceId = ?1 and criteriaSet = ?2 and criteriaSetVersion = ?3 "
                        + "and kind = ?4 and status = ?5 order by submittedAt", practiceId, set, version.number(),
                EvaluationKind.EXPERT_REVIEW, EvaluationStatus.SUBMITTED);
        List<Ballot> ballots = submitted.stream().map(e -> new Ballot(e.id, e.verdictByCriterion())).toList();
        Map<String, Verdict> decisions = CriterionDecision.of(practiceId, set, version.number()).stream()
                .collect(Collectors.toMap(d -> d.criterion, d -> d.verdict));
        PracticeSnapshot practice = PracticeSnapshot.findById(practiceId);
        boolean cocreated = practice != null && practice.cocreated;
        ConsolidationResult result = Consolidator.consolidate(version, ballots, decisions, config.minExpertEvaluations(),
                cocreated);

        Consolidation consolidation = Consolidation.of(practiceId, set, version.number()).orElseGet(() -> {
            Consolidation created = new Consolidation();
            created.id = TimeOrderedIds.next();
            created.practiceId = practiceId;
            created.criteriaSet = set;
            created.criteriaSetVersion = version.number();
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
        consolidation.persist();
        boolean firstAndPending = before == null && result.classification() == Classification.PENDING;
        if (before != result.classification() && !firstAndPending) {
            outbox.enqueue(consolidation);
        }
        return consolidation;
    }

    /** Two submissions for one practice consolidate one after the other, never from the same stale reading. */
    private void lockPractice(UUID practiceId) {
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                .setParameter(1, practiceId.toString()).getSingleResult();
    }
}
