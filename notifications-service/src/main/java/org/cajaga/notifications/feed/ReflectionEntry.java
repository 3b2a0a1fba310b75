package org.cajaga.notifications.feed;

import java.time.Instant;
import java.util.UUID;

/** One entry of a page of the reflections' feed: a reflection shown on a published practice, or one hidden. */
public sealed interface ReflectionEntry {

    UUID id();

    UUID practiceId();

    record Shown(UUID id, UUID practiceId, long version, Instant time) implements ReflectionEntry {
    }

    record Hidden(UUID id, UUID practiceId, Instant time) implements ReflectionEntry {
    }
}
