package org.cajaga.notifications.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cajaga.notifications.event.EventType;
import org.cajaga.notifications.event.Events;

/**
 * Stores the events of one page of the practices' feed and the position after it in one transaction, so a
 * crash leaves either both or neither. The position row is locked and must still be the one the page was
 * read from: when another replica applied that page meanwhile, this one stores nothing.
 */
@ApplicationScoped
public class PageApplier {

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    FeedPositions positions;

    /** @return false when the position moved since {@code readFrom} (another replica took this page) */
    @Transactional
    public boolean apply(FeedPosition readFrom, FeedPage page) {
        FeedPosition position = positions.lockUnchanged(readFrom);
        if (position == null) {
            return false;
        }
        for (FeedEntry entry : page.entries()) {
            PracticeState stored = em.find(PracticeState.class, entry.id());
            if (entry instanceof FeedEntry.Item item) {
                Derivation.of(stored, item).forEach(type -> events.record(type, item.id(), item.version(), item.time(),
                        item.facts()));
                if (stored == null) {
                    em.persist(stateOf(new PracticeState(), item));
                } else if (item.version() > stored.version) {
                    stateOf(stored, item);
                }
            } else if (entry instanceof FeedEntry.Removal removal) {
                for (EventType type : Derivation.of(stored, removal)) {
                    events.record(type, removal.id(), stored.version, removal.time(), stored.facts());
                    stored.isPublic = false;
                    stored.changedAt = removal.time();
                }
            }
        }
        FeedPositions.advance(position, page.next(), page.resume(), page.latest(position.since));
        return true;
    }

    private static PracticeState stateOf(PracticeState state, FeedEntry.Item item) {
        state.id = item.id();
        state.isPublic = true;
        state.version = item.version();
        state.contentHash = item.contentHash();
        state.classification = item.facts().classification();
        state.stateCode = item.facts().stateCode();
        state.municipalities = item.facts().municipalities();
        state.principles = item.facts().principles();
        state.changedAt = item.time();
        return state;
    }
}
