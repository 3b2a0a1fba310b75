package org.cajaga.notifications.delivery;

import java.util.List;
import java.util.UUID;

/** A delivery claimed for sending: held by {@code lease} until it expires or the outcome is stored. */
public record Claim(UUID id, UUID lease, UUID subscriptionId, UUID eventId, String url, String body, int attempts,
                    List<String> secrets) {
}
