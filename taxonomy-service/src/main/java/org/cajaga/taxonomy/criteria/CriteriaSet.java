package org.cajaga.taxonomy.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    @Id
    public UUID id;

    public String code;

    @Column(name = "name_es")
    public String nameEs;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_es")
    public String descriptionEs;

    @Column(name = "description_en")
    public String descriptionEn;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
