package org.cajaga.scoring.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.scoring.consolidation.Classification;
import org.cajaga.scoring.consolidation.ConsolidatedVerdict;
import org.cajaga.scoring.consolidation.CriterionOutcome;
import org.cajaga.scoring.consolidation.ScoreService;
import org.cajaga.scoring.consolidation.ScoreView;
import org.cajaga.scoring.criteria.CriteriaCatalogue;
import org.cajaga.scoring.criteria.CriteriaSetVersion;
import org.cajaga.scoring.criteria.LessonCatalogue;
import org.cajaga.scoring.criteria.LessonPage;
import org.cajaga.scoring.evaluation.CriterionVerdict;
import org.cajaga.scoring.evaluation.EvaluationKind;
import org.cajaga.scoring.evaluation.EvaluationService;
import org.cajaga.scoring.evaluation.EvaluationStatus;
import org.cajaga.scoring.evaluation.EvaluationView;
import org.cajaga.scoring.evaluation.ScoreSubject;
import org.cajaga.scoring.evaluation.Verdict;
import org.cajaga.scoring.practice.PracticeLookup;
import org.cajaga.scoring.practice.PracticeSnapshotRepository;
import org.cajaga.scoring.practice.SimilarPractices;
import org.cajaga.scoring.practice.SimilarPracticesLookup;
import org.cajaga.support.i18n.CurrentLanguage;
import org.cajaga.support.problem.Problems;
import org.jboss.logging.Logger;

/**
 * The gap report of an evaluation: what its practice lacks for each class of the version's rule, read from a submitted
 * self-assessment or from the practice's consolidated score, the lessons learned linked to what it lacks, and published
 * practices that meet what it lacks.
 */
@ApplicationScoped
public class GapService {

    private static final Logger LOG = Logger.getLogger(GapService.class);

    @Inject
    EvaluationService evaluations;

    @Inject
    ScoreService scores;

    @Inject
    PracticeSnapshotRepository snapshots;

    @Inject
    PracticeLookup practices;


    @Inject
    CriteriaCatalogue criteria;

    @Inject
    SimilarPracticesLookup similarPractices;

    @Inject
    ExampleCandidates candidates;

    @Inject
    LessonCatalogue lessonCatalogue;

    /**
     * @param practicesBase where links to practices start (the public URL of {@code /api/v1/practices})
     */
    public GapReport report(UUID evaluationId, URI practicesBase) {
        EvaluationView evaluation = evaluations.get(evaluationId);
        ScoreSubject subject = new ScoreSubject(evaluation.practiceId(), evaluation.criteriaSet(),
                evaluation.criteriaSetVersion());
        MetCriteria met = metCriteria(evaluation, subject);
        CriteriaSetVersion version = version(subject);
        List<GapReport.MissingCriterion> missing = version.criteria().stream()
                .filter(criterion -> !met.codes().contains(criterion.code()))
                .map(criterion -> new GapReport.MissingCriterion(criterion.code(), criterion.name())).toList();
        List<GapReport.RelatedLesson> lessons = missing.isEmpty() ? List.of() : lessons(missing);
        List<GapReport.ExamplePractice> examples = missing.isEmpty() ? List.of()
                : examples(subject, version, missing, practicesBase);
        int criteriaMet = version.criteria().size() - missing.size();
        return new GapReport(evaluation.id(), subject.practiceId(), subject.criteriaSet(), subject.criteriaSetVersion(),
                met.basis(), version.rule().criteriaCount(), criteriaMet, met.cocreated(), missing,
                ClassGaps.of(version.rule(), criteriaMet, met.cocreated()), lessons, examples);
    }

    /**
     * A submitted self-assessment's own verdicts; otherwise (an expert review, or a self-assessment still a draft) the
     * practice's consolidated verdicts under the evaluation's version, if the caller may see its score (the rule of
     * {@code getPracticeScore}). A draft without such a score has nothing to report yet.
     */
    private MetCriteria metCriteria(EvaluationView evaluation, ScoreSubject subject) {
        if (evaluation.kind() == EvaluationKind.SELF_ASSESSMENT && evaluation.status() != EvaluationStatus.DRAFT) {
            Set<String> met = evaluation.verdicts().stream().filter(v -> v.verdict() == Verdict.MET)
                    .map(CriterionVerdict::criterion).collect(Collectors.toSet());
            return new MetCriteria(GapBasis.SELF_ASSESSMENT, met, snapshots.cocreated(subject.practiceId()));
        }
        ScoreView score = scores.find(subject)
                .filter(found -> practices.scoreVisible(subject.practiceId()))
                .orElseThrow(() -> Problems.of(ProblemType.INVALID_STATE,
                        "La evaluación " + evaluation.id() + " es un borrador y la práctica no tiene un puntaje "
                                + "consolidado que usted pueda ver con " + subject.criteriaSet() + " versión "
                                + subject.criteriaSetVersion() + "; envíe la evaluación para ver lo que le falta.",
                        "Evaluation " + evaluation.id() + " is a draft and the practice has no consolidated score you "
                                + "may see under " + subject.criteriaSet() + " version " + subject.criteriaSetVersion()
                                + "; submit the evaluation to see what it lacks."));
        Set<String> met = score.criteria().stream().filter(c -> c.verdict() == ConsolidatedVerdict.MET)
                .map(CriterionOutcome::criterion).collect(Collectors.toSet());
        return new MetCriteria(GapBasis.CONSOLIDATED_SCORE, met, score.cocreated());
    }

    /** The evaluation's version with its criteria named in the request's language. */
    private CriteriaSetVersion version(ScoreSubject subject) {
        Optional<CriteriaSetVersion> version;
        try {
            version = criteria.find(subject.criteriaSet(), subject.criteriaSetVersion(), CurrentLanguage.get());
        } catch (RuntimeException down) {
            LOG.warnf("taxonomy-service unavailable for a gap report: %s", down.toString());
            throw criteriaUnavailable();
        }
        return version.orElseThrow(() -> {
            LOG.errorf("taxonomy-service no longer serves %s version %d", subject.criteriaSet(), subject.criteriaSetVersion());
            return criteriaUnavailable();
        });
    }

    private static RuntimeException criteriaUnavailable() {
        return Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                "No se pueden leer los criterios ahora (el servicio de taxonomía no responde).",
                "The criteria cannot be read now (taxonomy-service does not answer).");
    }

    /** The lessons linked to some missing criterion, each with those criteria in the version's order (as missing is). */
    private List<GapReport.RelatedLesson> lessons(List<GapReport.MissingCriterion> missing) {
        List<LessonPage.Lesson> known;
        try {
            known = lessonCatalogue.lessons(CurrentLanguage.get());
        } catch (RuntimeException down) {
            LOG.warnf("taxonomy-service unavailable for the lessons of a gap report: %s", down.toString());
            throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "No se pueden leer las lecciones aprendidas ahora (el servicio de taxonomía no responde).",
                    "The lessons learned cannot be read now (taxonomy-service does not answer).");
        }
        List<String> missingCodes = missing.stream().map(GapReport.MissingCriterion::code).toList();
        return known.stream()
                .map(lesson -> new GapReport.RelatedLesson(lesson.code(), lesson.name(),
                        missingCodes.stream().filter(lesson.criteria()::contains).toList()))
                .filter(lesson -> !lesson.relatedCriteria().isEmpty())
                .toList();
    }

    private List<GapReport.ExamplePractice> examples(ScoreSubject subject, CriteriaSetVersion version,
                                                     List<GapReport.MissingCriterion> missing, URI practicesBase) {
        List<SimilarPractices.Item> similar = similarPractices.similarTo(subject.practiceId()).stream()
                .sorted(Comparator.comparingDouble(SimilarPractices.Item::score).reversed()).toList();
        Map<UUID, String> similarTitles = new HashMap<>();
        similar.stream().filter(item -> item.title() != null)
                .forEach(item -> similarTitles.putIfAbsent(item.id(), item.title()));
        List<String> order = version.criterionCodes();
        return candidates.rank(subject.criteriaSet(), subject.practiceId(),
                        missing.stream().map(GapReport.MissingCriterion::code).toList(),
                        similar.stream().map(SimilarPractices.Item::id).distinct().toList(), GapReport.MAX_EXAMPLES)
                .stream().map(candidate -> new GapReport.ExamplePractice(candidate.id(),
                        similarTitles.getOrDefault(candidate.id(), candidate.title()),
                        Classification.valueOf(candidate.classification()),
                        candidate.meets().stream().sorted(Comparator.comparingInt(order::indexOf)).toList(),
                        candidate.similar(), UriBuilder.fromUri(practicesBase).path(candidate.id().toString()).build()))
                .toList();
    }

    /** Which criteria are met, read from what, and whether the practice was co-created. */
    private record MetCriteria(GapBasis basis, Set<String> codes, boolean cocreated) {
    }
}
