package org.cajaga.scoring.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A classification change waiting for (or done with) delivery to practices-service. */
@Entity
@Table(name = "classification_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "practice_id")
    public UUID practiceId;

    @JdbcTypeCode(SqlTypes.JSON)
    public ClassificationMessage payload;

    @Column(name = "created_at")
    public Instant createdAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Set when practices-service refused the message for good (e.g. the practice was deleted). */
    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "last_error")
    public String lastError;

    /** The W3C traceparent of the request that enqueued it; its delivery continues that trace. */
    public String traceparent;

    /** Until when a replica holds the message to send it; null when no one does. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;
}
