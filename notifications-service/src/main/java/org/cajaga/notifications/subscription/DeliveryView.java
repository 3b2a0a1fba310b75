package org.cajaga.notifications.subscription;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delivery", description = "One event for one subscription and how its delivery went")
public record DeliveryView(
        @Schema(example = "01936c03-0000-7a10-8c3d-2e4f6a8b0c1d") UUID id,
        @Schema(description = "The event's id, also its `webhook-id`", example = "01936c02-5b8e-7a10-8c3d-2e4f6a8b0c1d")
        UUID eventId,
        @Schema(example = "practice.published") String eventType,
        @Schema(description = "PENDING (waiting or being retried), DELIVERED or FAILED (given up)", example = "DELIVERED",
                enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status,
        @Schema(description = "Attempts so far", example = "1") int attempts,
        Instant lastAttemptAt,
        @Schema(description = "The receiver's last HTTP status", example = "204") Integer lastStatusCode,
        @Schema(description = "Milliseconds the last attempt took", example = "87") Integer lastLatencyMs,
        @Schema(description = "Why the last attempt failed", example = "HTTP 500") String lastError,
        @Schema(description = "When it is tried next (PENDING)") Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt) {
}
