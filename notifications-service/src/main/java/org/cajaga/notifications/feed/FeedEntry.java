package org.cajaga.notifications.feed;

import java.time.Instant;
import java.util.UUID;
import org.cajaga.notifications.event.PracticeFacts;

/** One entry of a feed page: a public record as it is now, or a record that stopped being public. */
public sealed interface FeedEntry {

    UUID id();

    Instant time();

    /** Removals sort before records of the same instant: a record in both was removed and then published again. */
    int order();

    record Item(UUID id, long version, Instant time, String contentHash, PracticeFacts facts) implements FeedEntry {
        @Override
        public int order() {
            return 1;
        }
    }

    record Removal(UUID id, String reason, Instant time) implements FeedEntry {
        @Override
        public int order() {
            return 0;
        }
    }
}
