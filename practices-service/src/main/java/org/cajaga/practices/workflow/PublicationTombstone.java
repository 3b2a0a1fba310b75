package org.cajaga.practices.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A practice stopped being public; the change feed reports it so portals can remove it. */
@Entity
@Table(name = "publication_tombstone")
public class PublicationTombstone {

    public enum Reason { ARCHIVED, WITHDRAWN, DELETED }

    @Id
    public UUID id;

    @Column(name = "practice_id")
    public UUID practiceId;

    @Enumerated(EnumType.STRING)
    public Reason reason;

    @Column(name = "removed_at")
    public Instant removedAt;
}
