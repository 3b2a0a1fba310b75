package org.cajaga.practices.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

@Entity
@Table(name = "practice")
public class Practice {

    @Id
    public UUID id;

    public String title;
    public String summary;
    public String description;
    public String problem;
    public String objectives;

    @Column(name = "target_population")
    public String targetPopulation;

    public String language;

    @Column(name = "state_code")
    public String stateCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> municipalities;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public boolean cocreated;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> principles;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> lessons;

    @Column(name = "sdg_targets")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sdgTargets;

    /** Derived from {@link #sdgTargets}, so goal filters and facets need no parsing. */
    @Column(name = "sdg_goals")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Integer> sdgGoals;

    /** Derived from the actors' sectors, for the sector filter. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sectors;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags;

    /**
     * Replaced whole on every change, never modified in place: Hibernate compares it with equals instead
     * of snapshotting it by a JSON round trip.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public PracticeDetails details;

    /** Derived from the outcome indicators, so full-text search covers results. */
    @Column(name = "results_text")
    public String resultsText;

    @Enumerated(EnumType.STRING)
    public PracticeStatus status;

    @Enumerated(EnumType.STRING)
    public Classification classification;

    @Column(name = "classification_set")
    public String classificationSet;

    @Column(name = "classification_set_version")
    public Integer classificationSetVersion;

    @Column(name = "classification_evaluation_id")
    public UUID classificationEvaluationId;

    @Column(name = "classified_at")
    public Instant classifiedAt;

    @Column(name = "source_system")
    public String sourceSystem;

    @Column(name = "external_id")
    public String externalId;

    /** Who created it (user or service account); integrators see and change only their own. */
    public String owner;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "published_at")
    public Instant publishedAt;
}
