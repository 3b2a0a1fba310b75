package org.cajaga.notifications.subscription;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subscription", description = "A webhook subscription as its owner sees it (never with its secret)")
public record SubscriptionView(
        @Schema(example = "01936c00-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID id,
        @Schema(example = "https://portal.example.org/hooks/cajaga") String url,
        @Schema(example = "Portal de Chihuahua") String description,
        @Schema(example = "[\"practice.published\", \"practice.withdrawn\"]") List<String> eventTypes,
        SubscriptionInput.Filters filters,
        @Schema(example = "ACTIVE") SubscriptionStatus status,
        @Schema(description = "Why it is DISABLED", example = "The receiver answered 410 Gone") String disabledReason,
        Instant disabledAt,
        @Schema(description = "Deliveries have failed since then; after the give-up period (3 days) it is disabled")
        Instant failingSince,
        @Schema(description = "How many secrets sign now (2 during a rotation's overlap)", example = "1") int activeSecrets,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Version for optimistic locking; also in the ETag", example = "1") long version) {

    public static SubscriptionView of(Subscription s, int activeSecrets) {
        return new SubscriptionView(s.id, s.url, s.description, List.of(s.eventTypes),
                new SubscriptionInput.Filters(list(s.states), list(s.municipalities), list(s.principles),
                        list(s.classifications)),
                s.status, s.disabledReason, s.disabledAt, s.failingSince, activeSecrets, s.createdAt, s.updatedAt, s.version);
    }

    private static List<String> list(String[] values) {
        return Arrays.asList(values);
    }
}
