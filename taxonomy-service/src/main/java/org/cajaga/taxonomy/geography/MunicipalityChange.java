package org.cajaga.taxonomy.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One curator change to the municipal catalogue; never updated or deleted. */
@Entity
@Table(name = "mx_municipality_change")
public class MunicipalityChange {

    public enum Kind { CREATED, RENAMED }

    @Id
    public UUID id;

    public String cvegeo;

    @Enumerated(EnumType.STRING)
    public Kind change;

    @Column(name = "old_name")
    public String oldName;

    @Column(name = "new_name")
    public String newName;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;
}
