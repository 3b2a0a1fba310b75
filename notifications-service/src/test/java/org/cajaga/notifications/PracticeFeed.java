package org.cajaga.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cajaga.support.ids.TimeOrderedIds;
import org.cajaga.support.paging.Cursor;

/**
 * The public change feed as practices-service serves it to anonymous callers: published records with
 * {@code updatedAt} at or after {@code updatedSince}, oldest first, {@code limit} per page with a
 * {@code next} cursor, and in {@code removed} the tombstones of the page's time window. Tests change
 * records the way practices-service's writes do (each moves {@code updatedAt} and the version).
 */
final class PracticeFeed {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A tombstone; {@code practiceId} only for a hidden reflection. */
    private record Removal(UUID id, UUID practiceId, String reason, Instant removedAt) {
    }

    private final Map<UUID, ObjectNode> published = new HashMap<>();
    private final List<Removal> removals = new ArrayList<>();
    private final Map<UUID, ObjectNode> shownReflections = new HashMap<>();
    private final List<Removal> hiddenReflections = new ArrayList<>();
    /** While true, the practices' feed answers empty pages, as one that lags behind the reflections' feed. */
    private boolean practicesHeld;
    private Instant clock = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** A new record, published now, in the municipality {@code municipality} (its state is the first two digits). */
    synchronized UUID publish(String municipality, String principle) {
        UUID id = TimeOrderedIds.next();
        ObjectNode record = JSON.createObjectNode();
        record.put("id", id.toString());
        record.put("title", "Ejemplo: Presupuesto participativo " + id);
        record.put("summary", "Las vecinas y vecinos deciden en asamblea cómo usar parte del presupuesto.");
        record.put("description", "Asambleas por colonia con voto sobre proyectos.");
        record.put("language", "es");
        ObjectNode location = record.putObject("location");
        location.put("country", "MX").put("stateCode", municipality.substring(0, 2));
        location.putArray("municipalities").add(municipality);
        record.putObject("period").put("start", "2021-03-01");
        record.put("ongoing", true);
        record.putObject("coCreation").put("cocreated", true);
        record.putArray("principles").add(principle);
        record.putArray("sdgTargets").add("16.7");
        record.putArray("sdgGoals").add(16);
        record.put("status", "PUBLISHED");
        record.putObject("classification").put("value", "PENDING");
        record.put("version", 1);
        record.put("createdAt", now().toString());
        record.put("createdBy", "municipal-system-demo");
        record.put("publishedAt", now().toString());
        touch(record);
        published.put(id, record);
        return id;
    }

    synchronized void retitle(UUID id, String title) {
        ObjectNode record = published.get(id);
        record.put("title", title);
        touch(record);
    }

    synchronized void classify(UUID id, String classification) {
        ObjectNode record = published.get(id);
        ObjectNode value = record.putObject("classification");
        value.put("value", classification).put("criteriaSet", "mapeo-2022").put("criteriaSetVersion", 1)
                .put("classifiedAt", now().toString());
        touch(record);
    }

    /** Withdrawn (reason WITHDRAWN) or archived (ARCHIVED): no longer public, a tombstone tells. */
    synchronized void remove(UUID id, String reason) {
        published.remove(id);
        removals.add(new Removal(id, null, reason, tick()));
    }

    /** A reflection posted now on a published practice, shown at once as practices-service does. */
    synchronized UUID reflect(UUID practice) {
        UUID id = TimeOrderedIds.next();
        ObjectNode reflection = JSON.createObjectNode();
        reflection.put("id", id.toString());
        reflection.put("practiceId", practice.toString());
        reflection.put("author", "ana.academica");
        reflection.put("sector", "ACADEMIA");
        reflection.put("text", "Nos interesa cómo organizaron las asambleas.");
        reflection.put("version", 0);
        reflection.put("createdAt", tick().toString());
        reflection.put("updatedAt", clock.toString());
        shownReflections.put(id, reflection);
        return id;
    }

    /** An editor hides a reflection: it leaves the items and comes as a removal. */
    synchronized void hide(UUID reflection) {
        ObjectNode hidden = shownReflections.remove(reflection);
        hiddenReflections.add(new Removal(reflection, UUID.fromString(hidden.path("practiceId").asText()), "HIDDEN", tick()));
    }

    /** An editor shows a hidden reflection again: a new version, among the items again. */
    synchronized void show(UUID reflection) {
        Removal removal = hiddenReflections.stream().filter(r -> r.id().equals(reflection)).findFirst().orElseThrow();
        hiddenReflections.remove(removal);
        ObjectNode shown = JSON.createObjectNode();
        shown.put("id", reflection.toString());
        shown.put("practiceId", removal.practiceId().toString());
        shown.put("author", "ana.academica");
        shown.put("sector", "ACADEMIA");
        shown.put("text", "Nos interesa cómo organizaron las asambleas.");
        shown.put("version", 2);
        shown.put("createdAt", removal.removedAt().toString());
        shown.put("updatedAt", tick().toString());
        shownReflections.put(reflection, shown);
    }

    synchronized void holdPractices(boolean held) {
        practicesHeld = held;
    }


    /** One page, exactly as practices-service's feed answers {@code updatedSince}, {@code cursor} and {@code limit}. */
    synchronized ObjectNode page(Instant since, String cursor, int limit) {
        return practicesHeld ? page(Map.of(), List.of(), since, cursor, limit) : page(published, removals, since, cursor, limit);
    }

    /** One page of the reflections' feed, in the same shape and windows. */
    synchronized ObjectNode reflectionPage(Instant since, String cursor, int limit) {
        return page(shownReflections, hiddenReflections, since, cursor, limit);
    }

    private static ObjectNode page(Map<UUID, ObjectNode> published, List<Removal> removals, Instant since, String cursor,
                                   int limit) {
        Instant windowStart = since;
        String afterId = null;
        if (cursor != null) {
            Cursor decoded = Cursor.decode(cursor, 2);
            windowStart = Instant.parse(decoded.key(0));
            afterId = decoded.key(1);
        }
        Instant start = windowStart;
        String after = afterId;
        List<ObjectNode> matching = published.values().stream()
                .filter(r -> !Instant.parse(r.path("updatedAt").asText()).isBefore(since))
                .filter(r -> after == null || compare(r, start, after) > 0)
                .sorted(Comparator.comparing((ObjectNode r) -> Instant.parse(r.path("updatedAt").asText()))
                        .thenComparing(r -> r.path("id").asText()))
                .toList();
        boolean more = matching.size() > limit;
        List<ObjectNode> served = more ? matching.subList(0, limit) : matching;
        ObjectNode page = JSON.createObjectNode();
        ArrayNode items = page.putArray("items");
        served.forEach(r -> items.add(r.deepCopy()));
        Instant windowEnd = null;
        if (more) {
            ObjectNode last = served.get(served.size() - 1);
            windowEnd = Instant.parse(last.path("updatedAt").asText());
            page.put("next", Cursor.of(last.path("updatedAt").asText(), last.path("id").asText()).encode());
        }
        ArrayNode removed = page.putArray("removed");
        for (Removal removal : removals) {
            if (!removal.removedAt().isBefore(windowStart) && (windowEnd == null || removal.removedAt().isBefore(windowEnd))) {
                ObjectNode entry = removed.addObject().put("id", removal.id().toString());
                if (removal.practiceId() != null) {
                    entry.put("practiceId", removal.practiceId().toString());
                }
                entry.put("reason", removal.reason()).put("removedAt", removal.removedAt().toString());
            }
        }
        return page;
    }

    private static int compare(ObjectNode record, Instant time, String id) {
        int byTime = Instant.parse(record.path("updatedAt").asText()).compareTo(time);
        return byTime != 0 ? byTime : record.path("id").asText().compareTo(id);
    }

    private void touch(ObjectNode record) {
        record.put("version", record.path("version").asLong() + (record.has("updatedAt") ? 1 : 0));
        record.put("updatedAt", tick().toString());
        record.put("updatedBy", "editor.demo");
    }

    private Instant now() {
        return clock;
    }

    /** A strictly later instant for each change, as commits are. */
    private Instant tick() {
        Instant wall = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        clock = wall.isAfter(clock) ? wall : clock.plusMillis(1);
        return clock;
    }
}
