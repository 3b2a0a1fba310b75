package org.cajaga.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.notifications.feed.FeedPage;
import org.cajaga.notifications.feed.FeedPosition;
import org.cajaga.notifications.feed.FeedPositions;
import org.cajaga.notifications.feed.PageApplier;
import org.junit.jupiter.api.Test;

/**
 * The stored position and the derived events go together: reading the whole feed again from an older
 * position (a follower that restarts behind) invents no event, a replica that read a page from a
 * position another replica has moved stores nothing, and later changes still give exactly one event.
 */
@QuarkusTest
class FeedRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

    @Inject
    FollowerProbe follower;

    @Inject
    PageApplier applier;

    @Inject
    FeedPositions positions;

    @Inject
    EntityManager em;

    @Test
    void readingTheFeedAgainInventsNothingAndStaleReplicasStoreNothing() {
        String municipality = Municipalities.unique();
        UUID first = FeedStub.FEED.publish(municipality, "PARTICIPATION");
        UUID second = FeedStub.FEED.publish(municipality, "PARTICIPATION");
        UUID gone = FeedStub.FEED.publish(municipality, "PARTICIPATION");
        follower.awaitPublic(first, second, gone);
        FeedStub.FEED.classify(second, "GOOD_PRACTICE");
        FeedStub.FEED.remove(gone, "WITHDRAWN");
        await().atMost(PATIENCE).until(() -> follower.events(second) == 2 && follower.events(gone) == 2);
        long events = follower.events();

        FeedPosition caughtUp = positions.current(FeedPosition.PRACTICES, BEGINNING);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update feed_position set since = ?1, cursor = null where id = 1").setParameter(1, BEGINNING).executeUpdate());
        FeedPosition stale = positions.current(FeedPosition.PRACTICES, BEGINNING);
        await().atMost(PATIENCE).until(() -> {
            FeedPosition now = positions.current(FeedPosition.PRACTICES, BEGINNING);
            return now.cursor == null && !now.since.isBefore(caughtUp.since);
        });
        assertThat(follower.events()).isEqualTo(events);

        assertThat(applier.apply(stale, FeedPage.of(FeedStub.FEED.page(stale.since, null, 3)))).isFalse();
        assertThat(follower.events()).isEqualTo(events);

        FeedStub.FEED.retitle(first, "Ejemplo: título nuevo");
        await().atMost(PATIENCE).until(() -> follower.events(first) == 2);
        assertThat(follower.events()).isEqualTo(events + 1);
    }
}
