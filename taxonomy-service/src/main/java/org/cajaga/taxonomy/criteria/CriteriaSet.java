package org.cajaga.taxonomy.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.taxonomy.i18n.NameAndDescription;

@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    @Id
    public UUID id;

    public String code;

    @Embedded
    public NameAndDescription text;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
