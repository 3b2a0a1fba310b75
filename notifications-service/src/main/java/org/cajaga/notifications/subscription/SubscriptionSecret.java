package org.cajaga.notifications.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signing secret ({@code whsec_} and base64); a rotated one keeps signing until it expires. */
@Entity
@Table(name = "subscription_secret")
public class SubscriptionSecret {

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    public String secret;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Null for the current secret. */
    @Column(name = "expires_at")
    public Instant expiresAt;
}
