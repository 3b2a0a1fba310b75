package org.cajaga.scoring.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.cajaga.support.http.ExpectedVersion;
import org.cajaga.support.http.VersionTag;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Caller;
import org.cajaga.support.security.Roles;

/**
 * Evaluations from draft to submission and correction, and their lists. Submitting an expert review consolidates the
 * practice's verdicts again in the same transaction.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    Caller caller;

    @Inject
    PublishedCriteria criteria;

    @Inject
    PracticeLookup practices;

    @Inject
    ConsolidationService consolidation;

    public static VersionTag versionOf(UUID id, long version) {
        return VersionTag.of("evaluation", id, version);
    }

    @Transactional
    public EvaluationView create(EvaluationInput input) {
        requireKindAllowed(input.kind());
        CriteriaSetVersion version = criteria.published(input.criteriaSet(), input.criteriaSetVersion());
        VerdictChecks.requireKnownAndDistinct(input.verdicts(), version);
        PracticeFacts practice = practices.openForReview(input.practiceId(), "practiceId");
        requireOwnPracticeForIntegrator(input.kind(), practice);
        ScoreSubject subject = new ScoreSubject(input.practiceId(), input.criteriaSet(), input.criteriaSetVersion());
        Optional<Evaluation> existing = active(subject, input.kind(), EvaluationStatus.DRAFT)
                .or(() -> active(subject, input.kind(), EvaluationStatus.SUBMITTED));
        if (existing.isPresent()) {
            throw Problems.of(ProblemType.ALREADY_EXISTS,
                    "Ya tiene la evaluación " + existing.get().id + " (" + existing.get().status + ") de esta práctica con "
                            + "esta versión; cambie el borrador o cree una revisión.",
                    "You already have evaluation " + existing.get().id + " (" + existing.get().status + ") of this practice "
                            + "under this version; change the draft or create a revision.");
        }
        Evaluation evaluation = Evaluation.draft(subject, caller.name(), input.kind(), 1, null, input.verdicts());
        evaluations.persistAndFlush(evaluation);
        return EvaluationView.of(evaluation);
    }

    public EvaluationView get(UUID id) {
        return EvaluationView.of(visible(id));
    }

    /** Admins, editors and evaluators list every evaluation; anyone else only their own. Oldest first. */
    public Page<EvaluationView> list(UUID practiceId, EvaluationStatus status, EvaluationKind kind, PageParams page) {
        List<Evaluation> fetched = evaluations.page(seesAll() ? null : caller.name(), practiceId, status, kind,
                page.cursor(1).map(after -> after.uuidKey(0)).orElse(null), page.limit() + 1);
        return Page.from(fetched, page.limit(), e -> Cursor.of(e.id.toString()), EvaluationView::of);
    }

    @Transactional
    public EvaluationView replaceVerdicts(UUID id, ExpectedVersion expected, DraftChange change) {
        Evaluation evaluation = ownDraft(id, expected);
        CriteriaSetVersion version = versionOf(evaluation);
        VerdictChecks.requireKnownAndDistinct(change.verdicts(), version);
        evaluation.verdicts = List.copyOf(change.verdicts());
        evaluation.updatedAt = Instant.now();
        evaluations.flush();
        return EvaluationView.of(evaluation);
    }

    @Transactional
    public EvaluationView submit(UUID id, ExpectedVersion expected) {
        Evaluation evaluation = ownDraft(id, expected);
        CriteriaSetVersion version = versionOf(evaluation);
        VerdictChecks.requireComplete(evaluation.verdicts, version);
        practices.openForReview(evaluation.subject.practiceId(), "practiceId");
        if (evaluation.supersedes != null) {
            Evaluation corrected = evaluations.findById(evaluation.supersedes);
            corrected.status = EvaluationStatus.SUPERSEDED;
            corrected.updatedAt = Instant.now();
            evaluations.flush();
        }
        evaluation.status = EvaluationStatus.SUBMITTED;
        evaluation.submittedAt = Instant.now();
        evaluation.updatedAt = evaluation.submittedAt;
        evaluations.flush();
        if (evaluation.kind == EvaluationKind.EXPERT_REVIEW) {
            consolidation.recompute(evaluation.subject.practiceId(), version);
        }
        return EvaluationView.of(evaluation);
    }

    /** A new draft correcting a submitted evaluation, starting from its verdicts. */
    @Transactional
    public EvaluationView revise(UUID id) {
        Evaluation submitted = own(id);
        if (submitted.status != EvaluationStatus.SUBMITTED) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "Solo se corrige una evaluación enviada y vigente; esta está en " + submitted.status + ".",
                    "Only a submitted, current evaluation is corrected; this one is " + submitted.status + ".");
        }
        Optional<Evaluation> pending = evaluations.findDraftRevisionOf(id);
        if (pending.isPresent()) {
            throw Problems.of(ProblemType.ALREADY_EXISTS,
                    "La revisión " + pending.get().id + " ya está en borrador.",
                    "Revision " + pending.get().id + " is already a draft.");
        }
        Evaluation revision = Evaluation.draft(submitted.subject, submitted.evaluator, submitted.kind,
                submitted.revision + 1, submitted.id, submitted.verdicts);
        evaluations.persistAndFlush(revision);
        return EvaluationView.of(revision);
    }

    @Transactional
    public void deleteDraft(UUID id, ExpectedVersion expected) {
        evaluations.delete(ownDraft(id, expected));
    }

    /** The published criteria-set version the evaluation is pinned to. */
    private CriteriaSetVersion versionOf(Evaluation evaluation) {
        return criteria.published(evaluation.subject.criteriaSet(), evaluation.subject.criteriaSetVersion());
    }

    private Evaluation visible(UUID id) {
        Evaluation evaluation = evaluations.findById(id);
        if (evaluation == null || !(seesAll() || evaluation.evaluator.equals(caller.name()))) {
            throw Problems.notFound("la evaluación", "evaluation", id);
        }
        return evaluation;
    }

    private Evaluation own(UUID id) {
        Evaluation evaluation = visible(id);
        if (!evaluation.evaluator.equals(caller.name())) {
            throw Problems.of(ProblemType.NOT_ALLOWED,
                    "Solo quien hizo la evaluación puede cambiarla.", "Only the evaluation's author may change it.");
        }
        return evaluation;
    }

    private Evaluation ownDraft(UUID id, ExpectedVersion expected) {
        Evaluation evaluation = own(id);
        if (evaluation.status != EvaluationStatus.DRAFT) {
            throw Problems.of(ProblemType.IMMUTABLE,
                    "La evaluación ya se envió y no cambia; para corregirla cree una revisión (POST .../revisions).",
                    "The evaluation was submitted and never changes; to correct it create a revision (POST .../revisions).");
        }
        expected.require(versionOf(evaluation.id, evaluation.version));
        return evaluation;
    }

    private void requireKindAllowed(EvaluationKind kind) {
        boolean allowed = kind == EvaluationKind.EXPERT_REVIEW ? caller.hasRole(Roles.EVALUATOR)
                : caller.isEditor() || caller.hasRole(Roles.INTEGRATOR);
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
        if (kind == EvaluationKind.SELF_ASSESSMENT && !caller.isEditor() && !caller.name().equals(practice.createdBy())) {
            throw Problems.of(ProblemType.NOT_ALLOWED,
                    "Solo quien integró esta práctica puede autoevaluarla.",
                    "Only whoever integrated this practice may self-assess it.");
        }
    }

    /** Admins, editors and evaluators read every evaluation; anyone else only their own. */
    private boolean seesAll() {
        return caller.isEditor() || caller.hasRole(Roles.EVALUATOR);
    }

    private Optional<Evaluation> active(ScoreSubject subject, EvaluationKind kind, EvaluationStatus status) {
        return evaluations.findActive(subject, caller.name(), kind, status);
    }
}
