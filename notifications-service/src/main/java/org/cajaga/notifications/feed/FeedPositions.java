package org.cajaga.notifications.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;

/**
 * The follower's positions in practices-service's feeds. A page is applied in one transaction with the move of
 * its position, and only while the position row, locked, is still the one the page was read from.
 */
@ApplicationScoped
public class FeedPositions {

    @Inject
    EntityManager em;

    /** The position to read feed {@code which} from, created at {@code start} on the first run. */
    @Transactional
    public FeedPosition current(short which, Instant start) {
        FeedPosition position = em.find(FeedPosition.class, which);
        if (position == null) {
            em.createNativeQuery("insert into feed_position (id, since) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, which).setParameter(2, start).executeUpdate();
            position = em.find(FeedPosition.class, which);
        }
        em.detach(position);
        return position;
    }

    /**
     * In the caller's transaction: the position row, locked, when it is still where {@code readFrom} was; null
     * when it moved meanwhile (another replica applied that page).
     */
    FeedPosition lockUnchanged(FeedPosition readFrom) {
        FeedPosition position = em.find(FeedPosition.class, readFrom.id, LockModeType.PESSIMISTIC_WRITE);
        boolean unchanged = position.since.equals(readFrom.since) && Objects.equals(position.cursor, readFrom.cursor);
        return unchanged ? position : null;
    }

    /**
     * Moves a locked position past a page: to the cursor of the next page, else to the feed's {@code resume}
     * cursor, else (a feed without cursors) to the page's latest instant.
     */
    static void advance(FeedPosition position, String next, String resume, Instant latest) {
        if (next != null) {
            position.cursor = next;
        } else if (resume != null) {
            position.cursor = resume;
        } else {
            position.since = latest;
            position.cursor = null;
        }
        position.readAt = Instant.now();
    }
}
