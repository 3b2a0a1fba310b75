package org.cajaga.notifications.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cajaga.notifications.event.EventType;

/**
 * Which events a feed entry means, compared with what was stored of the practice. An entry that tells
 * nothing newer than what is stored (a page read again after a restart, an entry at the same version)
 * means no event, so reading a page twice never invents one.
 */
public final class Derivation {

    private Derivation() {
    }

    /** A public record: published when it was not public before, else updated and/or classified. */
    public static List<EventType> of(PracticeState stored, FeedEntry.Item item) {
        if (stored != null && item.version() <= stored.version) {
            return List.of();
        }
        if (stored == null || !stored.isPublic) {
            return List.of(EventType.PUBLISHED);
        }
        List<EventType> events = new ArrayList<>(2);
        if (!item.contentHash().equals(stored.contentHash)) {
            events.add(EventType.UPDATED);
        }
        if (!Objects.equals(item.facts().classification(), stored.classification)) {
            events.add(EventType.CLASSIFIED);
        }
        return events;
    }

    /** A record that stopped being public: archived, or withdrawn (a deleted record was withdrawn first). */
    public static List<EventType> of(PracticeState stored, FeedEntry.Removal removal) {
        if (stored == null || !stored.isPublic || removal.time().isBefore(stored.changedAt)) {
            return List.of();
        }
        return List.of("ARCHIVED".equals(removal.reason()) ? EventType.ARCHIVED : EventType.WITHDRAWN);
    }
}
