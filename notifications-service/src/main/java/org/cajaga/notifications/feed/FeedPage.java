package org.cajaga.notifications.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.cajaga.notifications.event.PracticeFacts;

/**
 * A page of the change feed as the follower uses it: its entries in time order, and where to read on.
 * {@code next} is the cursor of a further page ready now; {@code resume}, when the feed gives one, the
 * cursor to poll from later (practices-service's commit-ordered feed gives it on every page).
 */
public record FeedPage(List<FeedEntry> entries, String next, String resume) {

    /** Fields that change with workflow steps and classifications, not with the record's content. */
    private static final Set<String> NOT_CONTENT = Set.of("version", "status", "classification", "updatedAt",
            "updatedBy", "publishedAt");

    public static FeedPage of(JsonNode page) {
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            JsonNode location = item.path("location");
            JsonNode classification = item.path("classification").path("value");
            entries.add(new FeedEntry.Item(UUID.fromString(item.path("id").asText()), item.path("version").asLong(),
                    Instant.parse(item.path("updatedAt").asText()), contentHash(item),
                    new PracticeFacts(text(location.path("stateCode")), strings(location.path("municipalities")),
                            strings(item.path("principles")), text(classification))));
        }
        for (JsonNode removal : page.path("removed")) {
            entries.add(new FeedEntry.Removal(UUID.fromString(removal.path("id").asText()), removal.path("reason").asText(),
                    Instant.parse(removal.path("removedAt").asText())));
        }
        entries.sort(Comparator.comparing(FeedEntry::time).thenComparingInt(FeedEntry::order));
        return new FeedPage(entries, text(page.path("next")), text(page.path("resume")));
    }

    /** The latest instant of the page, or {@code since} when the page is empty. */
    public Instant latest(Instant since) {
        return entries.stream().map(FeedEntry::time).filter(time -> time.isAfter(since)).max(Comparator.naturalOrder())
                .orElse(since);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static String[] strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values.toArray(String[]::new);
    }

    private static String contentHash(JsonNode item) {
        ObjectNode content = item.deepCopy();
        content.remove(NOT_CONTENT);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
        return HexFormat.of().formatHex(digest.digest(canonical(content).getBytes(StandardCharsets.UTF_8)));
    }

    /** JSON text with every object's members sorted by name, so equal content always hashes alike. */
    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                sorted.put(field.getKey(), field.getValue());
            }
            StringBuilder text = new StringBuilder("{");
            sorted.forEach((name, value) -> text.append(text.length() > 1 ? "," : "")
                    .append(TextNode.valueOf(name)).append(':').append(canonical(value)));
            return text.append('}').toString();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(value -> values.add(canonical(value)));
            return "[" + String.join(",", values) + "]";
        }
        return node.toString();
    }
}
