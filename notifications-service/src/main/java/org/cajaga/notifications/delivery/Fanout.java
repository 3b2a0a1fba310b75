package org.cajaga.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cajaga.notifications.event.StoredEvent;
import org.cajaga.support.ids.TimeOrderedIds;

/**
 * Queues events for the subscriptions they match: the event type is one the subscription names, and each
 * filter it sets (states, municipalities, principles, classifications) matches the practice.
 */
@ApplicationScoped
public class Fanout {

    /** Subscription {@code s} wants event {@code e}. */
    private static final String MATCHES = "e.type = any(s.event_types)"
            + " and (cardinality(s.states) = 0 or e.state_code = any(s.states))"
            + " and (cardinality(s.municipalities) = 0 or e.municipalities && s.municipalities)"
            + " and (cardinality(s.principles) = 0 or e.principles && s.principles)"
            + " and (cardinality(s.classifications) = 0 or e.classification = any(s.classifications))";

    @Inject
    EntityManager em;

    /** One delivery per active subscription that wants the event, in the caller's transaction. */
    public void queue(StoredEvent event) {
        @SuppressWarnings("unchecked")
        List<UUID> subscriptions = em.createNativeQuery("select s.id from subscription s join event e on e.id = ?1 "
                + "where s.status = 'ACTIVE' and " + MATCHES).setParameter(1, event.id).getResultList();
        subscriptions.forEach(subscription -> insert(subscription, event.id));
    }

    /** Queues again, in event order, every stored event since {@code since} that the subscription wants. */
    public int replay(UUID subscription, Instant since) {
        @SuppressWarnings("unchecked")
        List<UUID> events = em.createNativeQuery("select e.id from event e join subscription s on s.id = ?1 "
                + "where e.time >= ?2 and " + MATCHES + " order by e.seq").setParameter(1, subscription)
                .setParameter(2, since).getResultList();
        events.forEach(event -> insert(subscription, event));
        return events.size();
    }

    private void insert(UUID subscription, UUID event) {
        em.createNativeQuery("insert into delivery (id, subscription_id, event_id, status, attempts, next_attempt_at, "
                        + "created_at) values (?1, ?2, ?3, 'PENDING', 0, now(), now())")
                .setParameter(1, TimeOrderedIds.next()).setParameter(2, subscription).setParameter(3, event).executeUpdate();
    }
}
