package org.cajaga.notifications.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import org.cajaga.notifications.event.EventType;
import org.cajaga.notifications.event.Events;

/**
 * Stores the events of one feed page and the position after it in one transaction, so a crash leaves
 * either both or neither. The position row is locked and must still be the one the page was read from:
 * when another replica applied that page meanwhile, this one stores nothing.
 */
@ApplicationScoped
public class PageApplier {

    @Inject
    EntityManager em;

    @Inject
    Events events;

    /** The position to read from, created at {@code start} on the first run. */
    @Transactional
    public FeedPosition current(Instant start) {
        FeedPosition position = em.find(FeedPosition.class, FeedPosition.ONLY);
        if (position == null) {
            em.createNativeQuery("insert into feed_position (id, since) values (1, ?1) on conflict do nothing")
                    .setParameter(1, start).executeUpdate();
            position = em.find(FeedPosition.class, FeedPosition.ONLY);
        }
        em.detach(position);
        return position;
    }

    /** @return false when the position moved since {@code readFrom} (another replica took this page) */
    @Transactional
    public boolean apply(FeedPosition readFrom, FeedPage page) {
        FeedPosition position = em.find(FeedPosition.class, FeedPosition.ONLY, LockModeType.PESSIMISTIC_WRITE);
        if (!position.since.equals(readFrom.since) || !Objects.equals(position.cursor, readFrom.cursor)) {
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
        if (page.next() != null) {
            position.cursor = page.next();
        } else if (page.resume() != null) {
            position.cursor = page.resume();
        } else {
            position.since = page.latest(position.since);
            position.cursor = null;
        }
        position.readAt = Instant.now();
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
