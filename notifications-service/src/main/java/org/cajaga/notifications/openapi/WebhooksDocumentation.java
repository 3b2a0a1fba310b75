package org.cajaga.notifications.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cajaga.notifications.delivery.WebhookSender;
import org.cajaga.notifications.event.EventType;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Documents the requests notifications-service sends. The document is OpenAPI 3.0.3, which has no
 * {@code webhooks} section (3.1 has), so each event is described under the {@code x-webhooks} extension
 * in the shape 3.1 gives a webhook (a path item with its {@code post}), and its body refers to the
 * {@code WebhookEvent} and {@code EventData} schemas in {@code components}, which validators and
 * generators of 3.0 read like any other schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WebhooksDocumentation implements OASFilter {

    static final String EXTENSION = "x-webhooks";

    private static final Map<EventType, String> WHEN = Map.of(
            EventType.PUBLISHED, "A practice became public (published, or published again after a withdrawal).",
            EventType.UPDATED, "The content of a public practice changed.",
            EventType.CLASSIFIED, "The classification of a public practice changed (scoring-service decided it).",
            EventType.WITHDRAWN, "A public practice was withdrawn (back to draft); it is no longer public.",
            EventType.ARCHIVED, "A public practice was archived; it is no longer public.",
            EventType.REFLECTION_PUBLISHED, "A reflection on a public practice became public: posted, or shown again after "
                    + "an editor hid it. The `subject` is the practice; `data` names the reflection. It always comes after "
                    + "its practice's `practice.published`.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Object> webhooks = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            webhooks.put(type.wireName(), Map.of("post", operation(type.wireName(), type.cloudEventType(), WHEN.get(type))));
        }
        webhooks.put("subscription.ping", Map.of("post", operation("subscription.ping", "mx.cajaga.subscription.ping",
                "Sent on `POST /api/v1/subscriptions/{id}/ping` to test a receiver.")));
        openAPI.addExtension(EXTENSION, webhooks);
    }

    private static Map<String, Object> operation(String name, String cloudEventType, String when) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", "webhook" + camel(name));
        operation.put("summary", "Event " + name);
        operation.put("description", when + " The body is a CloudEvent of type `" + cloudEventType + "` whose `data` "
                + "names the practice (for `reflection.published` the reflection), its version and a link: read the record there with your own token. Verify "
                + "`webhook-signature` before trusting the body (Standard Webhooks), and use `webhook-id` to process each "
                + "event once: deliveries are at least once, in event order per subscription, retried with exponential "
                + "backoff for up to 3 days.");
        operation.put("tags", List.of("Subscriptions"));
        operation.put("parameters", List.of(
                header("webhook-id", "The event's id, the same on every retry", "01936c02-5b8e-7a10-8c3d-2e4f6a8b0c1d"),
                header("webhook-timestamp", "Seconds since the epoch when this attempt was signed; refuse old ones "
                        + "(e.g. more than 5 minutes) against replays", "1769860800"),
                header("webhook-signature", "`v1,` and the base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body`, keyed "
                        + "with the base64 part of your secret (after `whsec_`); several, space-separated, while a rotated "
                        + "secret still signs", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=")));
        operation.put("requestBody", Map.of("required", true, "content", Map.of(WebhookSender.CONTENT_TYPE.split(";")[0],
                Map.of("schema", Map.of("$ref", "#/components/schemas/WebhookEvent")))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "Received (any 2xx): the event counts as delivered"));
        responses.put("410", Map.of("description", "Gone: the subscription is disabled and nothing more is sent"));
        responses.put("429", Map.of("description", "Too many: tried again after `Retry-After` (seconds or an HTTP date) or "
                + "the backoff, whichever is longer (also for 503)"));
        responses.put("default", Map.of("description", "Any other answer, a timeout (15 s) or no connection: tried again "
                + "later; a subscription failing for 3 days is disabled, and its `disabledReason` says why"));
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> header(String name, String description, String example) {
        return Map.of("name", name, "in", "header", "required", true, "description", description,
                "schema", Map.of("type", "string"), "example", example);
    }

    private static String camel(String name) {
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("\\.")) {
            camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return camel.toString();
    }
}
