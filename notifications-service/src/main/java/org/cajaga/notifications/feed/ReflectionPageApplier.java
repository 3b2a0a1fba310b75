package org.cajaga.notifications.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cajaga.notifications.event.EventType;
import org.cajaga.notifications.event.Events;

/**
 * Stores the {@code reflection.published} events of one page of the reflections' feed and the position after
 * it in one transaction, as {@link PageApplier} does for practices. A reflection becomes public when it is
 * shown and was not stored as public before (posted, or shown again after an editor hid it); edits of a
 * public reflection are no event.
 *
 * <p>The event carries its practice's facts (for the subscriptions' filters) and must come after that
 * practice's {@code practice.published}. So a page is applied only when every practice of its shown
 * reflections is stored as public; otherwise nothing is stored and the page is read again at the next poll,
 * after the practices' feed has caught up (the reflections' feed serves reflections of published practices
 * only, so the practices' feed always brings that publication).
 */
@ApplicationScoped
public class ReflectionPageApplier {

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    FeedPositions positions;

    /** @return false when nothing was stored: the position moved meanwhile, or a practice is not known public yet */
    @Transactional
    public boolean apply(FeedPosition readFrom, ReflectionPage page) {
        FeedPosition position = positions.lockUnchanged(readFrom);
        if (position == null || !page.entries().stream().filter(ReflectionEntry.Shown.class::isInstance)
                .allMatch(shown -> isPublic(em.find(PracticeState.class, shown.practiceId())))) {
            return false;
        }
        for (ReflectionEntry entry : page.entries()) {
            ReflectionState stored = em.find(ReflectionState.class, entry.id());
            if (entry instanceof ReflectionEntry.Shown shown) {
                show(stored, shown);
            } else if (entry instanceof ReflectionEntry.Hidden hidden && stored != null && stored.isPublic
                    && !hidden.time().isBefore(stored.changedAt)) {
                stored.isPublic = false;
                stored.changedAt = hidden.time();
            }
        }
        FeedPositions.advance(position, page.next(), page.resume(), position.since);
        return true;
    }

    private void show(ReflectionState stored, ReflectionEntry.Shown shown) {
        if (stored != null && shown.version() <= stored.version) {
            return;
        }
        if (stored == null || !stored.isPublic) {
            PracticeState practice = em.find(PracticeState.class, shown.practiceId());
            events.recordReflection(shown.practiceId(), shown.id(), shown.version(), shown.time(), practice.facts());
        }
        ReflectionState state = stored == null ? new ReflectionState() : stored;
        state.id = shown.id();
        state.practiceId = shown.practiceId();
        state.isPublic = true;
        state.version = shown.version();
        state.changedAt = shown.time();
        if (stored == null) {
            em.persist(state);
        }
    }

    private static boolean isPublic(PracticeState practice) {
        return practice != null && practice.isPublic;
    }
}
