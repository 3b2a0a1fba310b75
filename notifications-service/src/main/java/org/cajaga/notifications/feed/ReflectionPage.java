package org.cajaga.notifications.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A page of practices-service's reflections feed as the follower uses it, and where to read on. */
public record ReflectionPage(List<ReflectionEntry> entries, String next, String resume) {

    public static ReflectionPage of(JsonNode page) {
        List<ReflectionEntry> entries = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            entries.add(new ReflectionEntry.Shown(UUID.fromString(item.path("id").asText()),
                    UUID.fromString(item.path("practiceId").asText()), item.path("version").asLong(),
                    Instant.parse(item.path("updatedAt").asText())));
        }
        for (JsonNode removal : page.path("removed")) {
            entries.add(new ReflectionEntry.Hidden(UUID.fromString(removal.path("id").asText()),
                    UUID.fromString(removal.path("practiceId").asText()), Instant.parse(removal.path("removedAt").asText())));
        }
        return new ReflectionPage(entries, text(page.path("next")), text(page.path("resume")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
