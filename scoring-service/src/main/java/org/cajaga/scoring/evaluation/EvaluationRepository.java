package org.cajaga.scoring.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    /** The evaluator's evaluation of the subject of this kind in this status; the tables keep at most one. */
    public Optional<Evaluation> findActive(ScoreSubject subject, String evaluator, EvaluationKind kind,
                                           EvaluationStatus status) {
        return find(ScoreSubject.MATCHES + " and evaluator = :evaluator and kind = :kind and status = :status",
                subject.parameters().and("evaluator", evaluator).and("kind", kind).and("status", status))
                .firstResultOptional();
    }

    /** The draft revision correcting a submitted evaluation, if one was started. */
    public Optional<Evaluation> findDraftRevisionOf(UUID submitted) {
        return find("supersedes = ?1 and status = ?2", submitted, EvaluationStatus.DRAFT).firstResultOptional();
    }

    /** The submitted expert reviews of the subject, in the order they were submitted. */
    public List<Evaluation> submittedExpertReviews(ScoreSubject subject) {
        return list(ScoreSubject.MATCHES + " and kind = :kind and status = :status order by submittedAt",
                subject.parameters().and("kind", EvaluationKind.EXPERT_REVIEW).and("status", EvaluationStatus.SUBMITTED));
    }

    /** The submitted self-assessments of the subject, oldest first. */
    public List<Evaluation> submittedSelfAssessments(ScoreSubject subject) {
        return list(ScoreSubject.MATCHES + " and kind = :kind and status = :status order by id",
                subject.parameters().and("kind", EvaluationKind.SELF_ASSESSMENT).and("status", EvaluationStatus.SUBMITTED));
    }

    /**
     * One keyset page in id order (ids are time-ordered): up to {@code limit} rows after {@code after}, each filter
     * applied when it is not null.
     */
    public List<Evaluation> page(String evaluator, UUID practiceId, EvaluationStatus status, EvaluationKind kind,
                                 UUID after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter(where, parameters, "evaluator = :evaluator", "evaluator", evaluator);
        filter(where, parameters, "subject.practiceId = :practice", "practice", practiceId);
        filter(where, parameters, "status = :status", "status", status);
        filter(where, parameters, "kind = :kind", "kind", kind);
        filter(where, parameters, "id > :after", "after", after);
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id";
        return find(query, parameters).page(0, limit).list();
    }

    /** Adds {@code condition} on the parameter {@code name} when its value is given. */
    private static void filter(List<String> where, Parameters parameters, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            parameters.and(name, value);
        }
    }
}
