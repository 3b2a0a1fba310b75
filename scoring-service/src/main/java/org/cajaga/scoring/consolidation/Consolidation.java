package org.cajaga.scoring.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.scoring.evaluation.ScoreSubject;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The consolidated result of one practice under one criteria-set version; the columns serve statistics. */
@Entity
@Table(name = "consolidation")
public class Consolidation {

    @Id
    public UUID id;

    @Embedded
    public ScoreSubject subject;

    @Enumerated(EnumType.STRING)
    public Classification classification;

    @Column(name = "criteria_count")
    public int criteriaCount;

    @Column(name = "criteria_met")
    public int criteriaMet;

    @Column(name = "percent_met")
    public BigDecimal percentMet;

    @Column(name = "needs_decision")
    public boolean needsDecision;

    public BigDecimal kappa;

    @Column(name = "mean_agreement")
    public BigDecimal meanAgreement;

    public boolean cocreated;

    @JdbcTypeCode(SqlTypes.JSON)
    public ConsolidationResult detail;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
