package org.cajaga.notifications.subscription;

import org.cajaga.notifications.delivery.SendResult;
import org.cajaga.notifications.event.WebhookEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PingResult", description = "The test event sent to the subscription's URL, signed like every event, "
        + "and what the receiver answered")
public record PingResult(WebhookEvent event, SendResult attempt) {
}
