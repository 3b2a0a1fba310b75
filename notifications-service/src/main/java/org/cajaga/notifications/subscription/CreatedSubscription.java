package org.cajaga.notifications.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedSubscription", description = "The new subscription and its signing secret, shown only this once")
public record CreatedSubscription(
        SubscriptionView subscription,
        @Schema(description = "Verifies the `webhook-signature` of every delivery (Standard Webhooks): keep it secret; "
                + "it is never shown again (rotate it to get a new one)", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {
}
