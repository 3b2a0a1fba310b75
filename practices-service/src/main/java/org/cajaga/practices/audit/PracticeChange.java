package org.cajaga.practices.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a practice's history; never changed once written, so Hibernate keeps no snapshot of it
 * (which for the JSON column meant serialising and parsing it again on every insert).
 */
@Entity
@Immutable
@Table(name = "practice_change")
public class PracticeChange {

    @Id
    public UUID id;

    @Column(name = "practice_id")
    public UUID practiceId;

    public String action;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;
}
