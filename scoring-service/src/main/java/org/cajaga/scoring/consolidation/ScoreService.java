package org.cajaga.scoring.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.scoring.criteria.CriteriaSetBounds;
import org.cajaga.scoring.evaluation.EvaluationRepository;
import org.cajaga.scoring.evaluation.ScoreSubject;
import org.cajaga.scoring.evaluation.Verdict;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;

/** Reads scores and the practices waiting for a deciding review. */
@ApplicationScoped
public class ScoreService {

    @Inject
    ConsolidationRepository consolidations;

    @Inject
    EvaluationRepository evaluations;

    /** The score under the given version, or under the most recently consolidated one when none is given. */
    public ScoreView score(UUID practiceId, String criteriaSet, Integer version) {
        checkParameters(criteriaSet, version);
        Consolidation consolidation = (criteriaSet == null ? consolidations.findLatest(practiceId)
                : consolidations.findBySubject(new ScoreSubject(practiceId, criteriaSet, version)))
                .orElseThrow(() -> Problems.of(ProblemType.NOT_FOUND,
                        "La práctica " + practiceId + " aún no tiene evaluaciones expertas enviadas"
                                + (criteriaSet == null ? "" : " con " + criteriaSet + " versión " + version) + ".",
                        "Practice " + practiceId + " has no submitted expert evaluations yet"
                                + (criteriaSet == null ? "" : " under " + criteriaSet + " version " + version) + "."));
        return scoreOf(consolidation);
    }

    /** The score of the subject, if its practice has been consolidated under that version. */
    public Optional<ScoreView> find(ScoreSubject subject) {
        return consolidations.findBySubject(subject).map(this::scoreOf);
    }

    /** Refuses a criteria-set version without its code (or the reverse) and a version number out of bounds. */
    public void checkParameters(String criteriaSet, Integer version) {
        if ((criteriaSet == null) != (version == null)) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "Indique criteriaSet y criteriaSetVersion juntos, o ninguno.",
                    "Give criteriaSet and criteriaSetVersion together, or neither.");
        }
        if (version != null && (version < 1 || version > CriteriaSetBounds.MAX_VERSION)) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'criteriaSetVersion' debe estar entre 1 y " + CriteriaSetBounds.MAX_VERSION + ".",
                    "The 'criteriaSetVersion' parameter must be between 1 and " + CriteriaSetBounds.MAX_VERSION + ".");
        }
    }

    /** The score of a consolidation just read or just made, with the practice's self-assessments beside it. */
    ScoreView scoreOf(Consolidation consolidation) {
        return ScoreView.of(consolidation, selfAssessments(consolidation.subject));
    }

    public Page<ScoreView> disputes(PageParams page) {
        List<Consolidation> fetched = consolidations.awaitingDecision(page.cursor(1).map(after -> after.uuidKey(0)).orElse(null),
                page.limit() + 1);
        return Page.from(fetched, page.limit(), c -> Cursor.of(c.id.toString()), c -> ScoreView.of(c, List.of()));
    }

    private List<ScoreView.SelfAssessment> selfAssessments(ScoreSubject subject) {
        return evaluations.submittedSelfAssessments(subject).stream().map(e -> new ScoreView.SelfAssessment(e.id,
                (int) e.verdicts.stream().filter(v -> v.verdict() == Verdict.MET).count()))
                .toList();
    }
}
