package org.cajaga.taxonomy.criteria;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One numbered version of a criteria set: its criteria and its classification rule, both data. */
@Entity
@Table(name = "criteria_set_version")
public class CriteriaSetVersion {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criteria_set_id")
    public CriteriaSet criteriaSet;

    public int number;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    @Column(name = "emblematic_min_percent")
    public BigDecimal emblematicMinPercent;

    @Column(name = "emblematic_requires_cocreation")
    public boolean emblematicRequiresCoCreation;

    @Column(name = "good_practice_min_percent")
    public BigDecimal goodPracticeMinPercent;

    @Column(name = "published_at")
    public Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "criterion", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }
}
