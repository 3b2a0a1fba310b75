package org.cajaga.scoring.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.scoring.evaluation.ScoreSubject;
import org.cajaga.scoring.evaluation.Verdict;

/** A deciding review: the verdict an admin gave a criterion on which the expert evaluations tie. */
@Entity
@Table(name = "criterion_decision")
public class CriterionDecision {

    @Id
    public UUID id;

    @Embedded
    public ScoreSubject subject;

    public String criterion;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public String justification;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
