package org.cajaga.notifications.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.notifications.event.PracticeFacts;

/** What the feed last told about a practice; the next events are the differences from it. */
@Entity
@Table(name = "practice_state")
public class PracticeState {

    @Id
    public UUID id;

    @Column(name = "public")
    public boolean isPublic;

    public long version;

    public String classification;

    /** SHA-256 of the record's content without its workflow and classification fields. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "state_code")
    public String stateCode;

    public String[] municipalities;

    public String[] principles;

    /** The record's {@code updatedAt}, or the removal's time, when this was stored. */
    @Column(name = "changed_at")
    public Instant changedAt;

    public PracticeFacts facts() {
        return new PracticeFacts(stateCode, municipalities, principles, classification);
    }
}
