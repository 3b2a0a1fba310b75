package org.cajaga.scoring.consolidation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.scoring.criteria.CriteriaSetBounds;
import org.cajaga.scoring.evaluation.Evaluation;
import org.cajaga.scoring.evaluation.EvaluationKind;
import org.cajaga.scoring.evaluation.EvaluationStatus;
import org.cajaga.scoring.evaluation.Verdict;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;

/** Reads scores and the practices waiting for a deciding review. */
@ApplicationScoped
public class ScoreQueries {

    /** The score under the given version, or under the most recently consolidated one when none is given. */
    public ScoreView score(UUID practiceId, String criteriaSet, Integer version) {
        checkParameters(criteriaSet, version);
        Consolidation consolidation = (criteriaSet == null ? Consolidation.latest(practiceId)
                : Consolidation.of(practiceId, criteriaSet, version))
                .orElseThrow(() -> Problems.of(ProblemType.NOT_FOUND,
                        "La práctica " + practiceId + " aún no tiene evaluaciones expertas enviadas"
                                + (criteriaSet == null ? "" : " con " + criteriaSet + " versión " + version) + ".",
                        "Practice " + practiceId + " has no submitted expert evaluations yet"
                                + (criteriaSet == null ? "" : " under " + criteriaSet + " version " + version) + "."));
        return scoreOf(consolidation);
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
    public ScoreView scoreOf(Consolidation consolidation) {
        return ScoreView.of(consolidation, selfAssessments(consolidation));
    }

    public Page<ScoreView> disputes(PageParams page) {
        Parameters parameters = new Parameters();
        String query = "needsDecision = true";
        Cursor after = page.cursor(1).orElse(null);
        if (after != null) {
            query += " and id > :after";
            parameters.and("after", after.uuidKey(0));
        }
        List<Consolidation> fetched = Consolidation.find(query + " order by id", parameters).page(0, page.limit() + 1).list();
        return Page.from(fetched, page.limit(), c -> Cursor.of(c.id.toString()), c -> ScoreView.of(c, List.of()));
    }

    private static List<ScoreView.SelfAssessment> selfAssessments(Consolidation c) {
        List<Evaluation> own = Evaluation.list("practiceId = ?1 and criteriaSet = ?2 and criteriaSetVersion = ?3 "
                        + "and kind = ?4 and status = ?5 order by id", c.practiceId, c.criteriaSet, c.criteriaSetVersion,
                EvaluationKind.SELF_ASSESSMENT, EvaluationStatus.SUBMITTED);
        return own.stream().map(e -> new ScoreView.SelfAssessment(e.id,
                (int) e.verdicts.stream().filter(v -> v.verdict() == Verdict.MET).count()))
                .toList();
    }
}
