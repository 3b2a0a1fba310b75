package org.cajaga.notifications.event;

/** What subscriptions filter on: where the practice is, its principles and its classification. */
public record PracticeFacts(String stateCode, String[] municipalities, String[] principles, String classification) {
}
