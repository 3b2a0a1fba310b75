package org.cajaga.notifications.subscription;

/** ACTIVE subscriptions receive events; DISABLED ones (by their owner, a 410 answer, or failing too long) do not. */
public enum SubscriptionStatus {
    ACTIVE,
    DISABLED
}
