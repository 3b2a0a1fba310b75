package org.cajaga.notifications.event;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A CloudEvents 1.0 event in structured JSON mode, as every webhook request carries it. */
@Schema(name = "WebhookEvent", description = "A CloudEvents 1.0 event, structured JSON mode "
        + "(`Content-Type: application/cloudevents+json`), the body of every webhook request")
public record WebhookEvent(
        @Schema(description = "CloudEvents version", example = "1.0", enumeration = "1.0") String specversion,
        @Schema(description = "Unique per event; also the `webhook-id` header: the same on every retry, so use it to "
                + "process each event once", example = "01936c02-5b8e-7a10-8c3d-2e4f6a8b0c1d") String id,
        @Schema(description = "Where the event comes from", example = "https://api.cajaga.mx/api/v1/practices") String source,
        @Schema(description = "`mx.cajaga.` and the event name", example = "mx.cajaga.practice.published",
                enumeration = {"mx.cajaga.practice.published", "mx.cajaga.practice.updated", "mx.cajaga.practice.classified",
                        "mx.cajaga.practice.withdrawn", "mx.cajaga.practice.archived", "mx.cajaga.reflection.published",
                        "mx.cajaga.subscription.ping"})
        String type,
        @Schema(description = "The practice's id, also for a reflection's event (the subscription's id for a ping)",
                example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") String subject,
        @Schema(description = "When it happened in practices-service (RFC 3339)", example = "2026-01-31T12:00:00.123Z") Instant time,
        @Schema(example = "application/json", enumeration = "application/json") String datacontenttype,
        @Schema(description = "The schema of `data` in the API's OpenAPI document",
                example = "https://api.cajaga.mx/openapi#/components/schemas/EventData") String dataschema,
        EventData data) {
}
