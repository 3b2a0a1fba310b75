package org.cajaga.notifications.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Where an OAuth client wants which events sent. */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    public UUID id;

    /** The OAuth client (token {@code azp}) that created it; nobody else sees it. */
    public String owner;

    public String url;

    public String description;

    @Column(name = "event_types")
    public String[] eventTypes;

    public String[] states;

    public String[] municipalities;

    public String[] principles;

    public String[] classifications;

    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** When the first of the current run of failed attempts happened; null while deliveries succeed. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public void disable(String reason, Instant at) {
        status = SubscriptionStatus.DISABLED;
        disabledReason = reason;
        disabledAt = at;
    }
}
