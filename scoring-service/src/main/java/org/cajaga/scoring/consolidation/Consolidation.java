package org.cajaga.scoring.consolidation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The consolidated result of one practice under one criteria-set version; the columns serve statistics. */
@Entity
@Table(name = "consolidation")
public class Consolidation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "practice_id")
    public UUID practiceId;

    @Column(name = "criteria_set")
    public String criteriaSet;

    @Column(name = "criteria_set_version")
    public int criteriaSetVersion;

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

    public static Optional<Consolidation> of(UUID practiceId, String criteriaSet, int version) {
        return find("practiceId = ?1 and criteriaSet = ?2 and criteriaSetVersion = ?3", practiceId, criteriaSet, version)
                .firstResultOptional();
    }

    /** The most recent consolidation of a practice, under whichever version. */
    public static Optional<Consolidation> latest(UUID practiceId) {
        return find("practiceId = ?1 order by decidedAt desc", practiceId).firstResultOptional();
    }
}
