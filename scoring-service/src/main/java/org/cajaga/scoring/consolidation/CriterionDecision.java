package org.cajaga.scoring.consolidation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cajaga.scoring.evaluation.Verdict;

/** A deciding review: the verdict an admin gave a criterion on which the expert evaluations tie. */
@Entity
@Table(name = "criterion_decision")
public class CriterionDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "practice_id")
    public UUID practiceId;

    @Column(name = "criteria_set")
    public String criteriaSet;

    @Column(name = "criteria_set_version")
    public int criteriaSetVersion;

    public String criterion;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public String justification;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static List<CriterionDecision> of(UUID practiceId, String criteriaSet, int version) {
        return list("practiceId = ?1 and criteriaSet = ?2 and criteriaSetVersion = ?3", practiceId, criteriaSet, version);
    }
}
