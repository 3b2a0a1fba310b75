package org.cajaga.notifications.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What the reflections' feed last told about a reflection. */
@Entity
@Table(name = "reflection_state")
public class ReflectionState {

    @Id
    public UUID id;

    @Column(name = "practice_id")
    public UUID practiceId;

    @Column(name = "public")
    public boolean isPublic;

    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;
}
