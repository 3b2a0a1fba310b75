package org.cajaga.notifications;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Tells tests what the feed follower has stored, reading the service's own tables. */
@ApplicationScoped
class FollowerProbe {

    @Inject
    EntityManager em;

    /** Waits until the follower has seen each of these practices as public. */
    void awaitPublic(UUID... practices) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(() -> em.createNativeQuery(
                "select count(*) from practice_state where public and id in (:ids)")
                .setParameter("ids", List.of(practices))) == practices.length);
    }

    long events() {
        return count(() -> em.createNativeQuery("select count(*) from event"));
    }

    long events(UUID practice) {
        return count(() -> em.createNativeQuery("select count(*) from event where subject = ?1").setParameter(1, practice));
    }

    /** The types of the events about a practice, in the order they were stored. */
    @SuppressWarnings("unchecked")
    List<String> types(UUID practice) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "select type from event where subject = ?1 order by seq").setParameter(1, practice).getResultList());
    }

    /** In a transaction of its own, from whichever thread asks (Awaitility polls from its own). */
    private static long count(Supplier<Query> query) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) query.get().getSingleResult()).longValue());
    }
}
