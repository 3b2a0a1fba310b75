package org.cajaga.scoring.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.scoring.consolidation.ConsolidationService;
import org.cajaga.scoring.criteria.CriteriaSetVersion;
import org.cajaga.scoring.criteria.PublishedCriteria;
import org.cajaga.scoring.practice.PracticeFacts;
import org.cajaga.scoring.practice.PracticeLookup;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.problem.Problems;

/**
 * Evaluations from draft to submission and correction. Submitting an expert review consolidates the
 * practice's verdicts again in the same transaction.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    Evaluator evaluator;

    @Inject
    PublishedCriteria criteria;

    @Inject
    PracticeLookup practices;

    @Inject
    ConsolidationService consolidation;

    public static EntityTag tagOf(Evaluation evaluation) {
        return EntityTags.of("evaluation", evaluation.id, evaluation.version);
    }

    @Transactional
    public Evaluation create(EvaluationInput input, String authorization) {
        requireKindAllowed(input.kind());
        CriteriaSetVersion version = criteria.published(input.criteriaSet(), input.criteriaSetVersion());
        VerdictChecks.requireKnownAndDistinct(input.verdicts(), version);
        PracticeFacts practice = practices.openForReview(input.practiceId(), authorization, "practiceId");
        requireOwnPracticeForIntegrator(input.kind(), practice);
        active(input, EvaluationStatus.DRAFT).or(() -> active(input, EvaluationStatus.SUBMITTED)).ifPresent(existing -> {
            throw Problems.of(ProblemType.ALREADY_EXISTS,
                    "Ya tiene la evaluación " + existing.id + " (" + existing.status + ") de esta práctica con esta versión; "
                            + "cambie el borrador o cree una revisión.",
                    "You already have evaluation " + existing.id + " (" + existing.status + ") of this practice under "
                            + "this version; change the draft or create a revision.");
        });
        Evaluation evaluation = Evaluation.draft(input.practiceId(), input.criteriaSet(), input.criteriaSetVersion(),
                evaluator.name(), input.kind(), 1, null, input.verdicts());
        evaluation.persist();
        evaluation.flush();
        return evaluation;
    }

    public Evaluation get(UUID id) {
        Evaluation evaluation = Evaluation.findById(id);
        if (evaluation == null || !(evaluator.seesAll() || evaluation.evaluator.equals(evaluator.name()))) {
            throw Problems.notFound("la evaluación", "evaluation", id);
        }
        return evaluation;
    }

    @Transactional
    public Evaluation replaceVerdicts(UUID id, String ifMatch, DraftChange change) {
        Evaluation evaluation = ownDraft(id, ifMatch);
        CriteriaSetVersion version = criteria.published(evaluation.criteriaSet, evaluation.criteriaSetVersion);
        VerdictChecks.requireKnownAndDistinct(change.verdicts(), version);
        evaluation.verdicts = List.copyOf(change.verdicts());
        evaluation.updatedAt = Instant.now();
        evaluation.flush();
        return evaluation;
    }

    @Transactional
    public Evaluation submit(UUID id, String ifMatch, String authorization) {
        Evaluation evaluation = ownDraft(id, ifMatch);
        CriteriaSetVersion version = criteria.published(evaluation.criteriaSet, evaluation.criteriaSetVersion);
        VerdictChecks.requireComplete(evaluation.verdicts, version);
        practices.openForReview(evaluation.practiceId, authorization, "practiceId");
        if (evaluation.supersedes != null) {
            Evaluation corrected = Evaluation.findById(evaluation.supersedes);
            corrected.status = EvaluationStatus.SUPERSEDED;
            corrected.updatedAt = Instant.now();
            corrected.flush();
        }
        evaluation.status = EvaluationStatus.SUBMITTED;
        evaluation.submittedAt = Instant.now();
        evaluation.updatedAt = evaluation.submittedAt;
        evaluation.flush();
        if (evaluation.kind == EvaluationKind.EXPERT_REVIEW) {
            consolidation.recompute(evaluation.practiceId, version);
        }
        return evaluation;
    }

    /** A new draft correcting a submitted evaluation, starting from its verdicts. */
    @Transactional
    public Evaluation revise(UUID id) {
        Evaluation submitted = own(id);
        if (submitted.status != EvaluationStatus.SUBMITTED) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "Solo se corrige una evaluación enviada y vigente; esta está en " + submitted.status + ".",
                    "Only a submitted, current evaluation is corrected; this one is " + submitted.status + ".");
        }
        Optional<Evaluation> pending = Evaluation.find("supersedes = ?1 and status = ?2", id, EvaluationStatus.DRAFT)
                .firstResultOptional();
        if (pending.isPresent()) {
            throw Problems.of(ProblemType.ALREADY_EXISTS,
                    "La revisión " + pending.get().id + " ya está en borrador.",
                    "Revision " + pending.get().id + " is already a draft.");
        }
        Evaluation revision = Evaluation.draft(submitted.practiceId, submitted.criteriaSet, submitted.criteriaSetVersion,
                submitted.evaluator, submitted.kind, submitted.revision + 1, submitted.id, submitted.verdicts);
        revision.persist();
        revision.flush();
        return revision;
    }

    @Transactional
    public void deleteDraft(UUID id, String ifMatch) {
        ownDraft(id, ifMatch).delete();
    }

    private Evaluation own(UUID id) {
        Evaluation evaluation = get(id);
        if (!evaluation.evaluator.equals(evaluator.name())) {
            throw Problems.of(ProblemType.NOT_ALLOWED,
                    "Solo quien hizo la evaluación puede cambiarla.", "Only the evaluation's author may change it.");
        }
        return evaluation;
    }

    private Evaluation ownDraft(UUID id, String ifMatch) {
        Evaluation evaluation = own(id);
        if (evaluation.status != EvaluationStatus.DRAFT) {
            throw Problems.of(ProblemType.IMMUTABLE,
                    "La evaluación ya se envió y no cambia; para corregirla cree una revisión (POST .../revisions).",
                    "The evaluation was submitted and never changes; to correct it create a revision (POST .../revisions).");
        }
        Preconditions.requireMatch(ifMatch, tagOf(evaluation));
        return evaluation;
    }

    private void requireKindAllowed(EvaluationKind kind) {
        boolean allowed = kind == EvaluationKind.EXPERT_REVIEW ? evaluator.isExpert()
                : evaluator.isEditor() || evaluator.isIntegrator();
        if (!allowed) {
            throw Problems.of(ProblemType.NOT_ALLOWED,
                    kind == EvaluationKind.EXPERT_REVIEW
                            ? "Las evaluaciones expertas requieren el rol 'evaluator'."
                            : "Las autoevaluaciones las hace quien integró la práctica o el equipo editorial.",
                    kind == EvaluationKind.EXPERT_REVIEW
                            ? "Expert reviews need the 'evaluator' role."
                            : "Self-assessments are made by the practice's own integrator or an editor.");
        }
    }

    private void requireOwnPracticeForIntegrator(EvaluationKind kind, PracticeFacts practice) {
        if (kind == EvaluationKind.SELF_ASSESSMENT && !evaluator.isEditor() && !evaluator.name().equals(practice.createdBy())) {
            throw Problems.of(ProblemType.NOT_ALLOWED,
                    "Solo quien integró esta práctica puede autoevaluarla.",
                    "Only whoever integrated this practice may self-assess it.");
        }
    }

    private Optional<Evaluation> active(EvaluationInput input, EvaluationStatus status) {
        return Evaluation.find("practiceId = ?1 and criteriaSet = ?2 and criteriaSetVersion = ?3 and evaluator = ?4 "
                        + "and kind = ?5 and status = ?6", input.practiceId(), input.criteriaSet(), input.criteriaSetVersion(),
                evaluator.name(), input.kind(), status).firstResultOptional();
    }
}
