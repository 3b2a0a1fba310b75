package org.cajaga.scoring.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cajaga.support.ids.TimeOrderedIds;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    public UUID id;

    @Embedded
    public ScoreSubject subject;

    public String evaluator;

    @Enumerated(EnumType.STRING)
    public EvaluationKind kind;

    @Enumerated(EnumType.STRING)
    public EvaluationStatus status;

    public int revision;

    /** The submitted evaluation this revision corrects. */
    public UUID supersedes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CriterionVerdict> verdicts;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** A new draft; {@code supersedes} is the submitted evaluation a revision corrects, or null. */
    static Evaluation draft(ScoreSubject subject, String evaluator, EvaluationKind kind, int revision, UUID supersedes,
                            List<CriterionVerdict> verdicts) {
        Evaluation draft = new Evaluation();
        draft.id = TimeOrderedIds.next();
        draft.subject = subject;
        draft.evaluator = evaluator;
        draft.kind = kind;
        draft.status = EvaluationStatus.DRAFT;
        draft.revision = revision;
        draft.supersedes = supersedes;
        draft.verdicts = List.copyOf(verdicts);
        draft.createdAt = Instant.now();
        draft.updatedAt = draft.createdAt;
        return draft;
    }

    /** Counts towards the official classification: a submitted expert review. */
    public boolean counted() {
        return kind == EvaluationKind.EXPERT_REVIEW && status == EvaluationStatus.SUBMITTED;
    }

    public Map<String, Verdict> verdictByCriterion() {
        return verdicts.stream().collect(Collectors.toMap(CriterionVerdict::criterion, CriterionVerdict::verdict));
    }
}
