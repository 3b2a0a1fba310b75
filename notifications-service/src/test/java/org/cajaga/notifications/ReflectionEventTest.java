package org.cajaga.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cajaga.notifications.feed.FeedFollower;
import org.junit.jupiter.api.Test;

/**
 * {@code reflection.published} from practices-service's reflections feed: once per reflection that becomes
 * public (again after an editor hid and showed it), signed, with the practice as subject, only for
 * subscriptions whose filters match its practice, and never before that practice's {@code practice.published}.
 */
@QuarkusTest
class ReflectionEventTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    FollowerProbe follower;

    @Inject
    FeedFollower feeds;

    @Test
    void aShownReflectionIsPublishedOnceAndAgainWhenShownAfterHiding() throws Exception {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(Clients.PORTAL, Map.of("url", receiver.url(),
                    "eventTypes", List.of("reflection.published"), "filters", Map.of("municipalities", List.of(municipality))));
            UUID practice = FeedStub.FEED.publish(municipality, "PARTICIPATION");
            UUID elsewhere = FeedStub.FEED.publish(Municipalities.unique(), "PARTICIPATION");
            follower.awaitPublic(practice, elsewhere);
            FeedStub.FEED.reflect(elsewhere);
            UUID reflection = FeedStub.FEED.reflect(practice);
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 1);

            Receiver.Request request = receiver.requests().get(0);
            assertThat(Receiver.signedWith(request, subscription.secret())).isTrue();
            JsonNode event = PracticeFeed.JSON.readTree(request.body());
            assertThat(event.path("type").asText()).isEqualTo("mx.cajaga.reflection.published");
            assertThat(event.path("subject").asText()).isEqualTo(practice.toString());
            assertThat(event.path("data").path("id").asText()).isEqualTo(reflection.toString());
            assertThat(event.path("data").path("link").asText())
                    .endsWith("/api/v1/practices/" + practice + "/reflections/" + reflection);

            FeedStub.FEED.hide(reflection);
            UUID later = FeedStub.FEED.reflect(practice);
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 2);
            FeedStub.FEED.show(reflection);
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 3);
            assertThat(receiver.requests().stream().map(r -> data(r.body())))
                    .containsExactly(reflection.toString(), later.toString(), reflection.toString());
            assertThat(receiver.requests().stream().map(Receiver.Request::id).distinct()).hasSize(3);
        }
    }

    @Test
    void aReflectionWaitsForItsPracticesPublication() {
        String municipality = Municipalities.unique();
        FeedStub.FEED.holdPractices(true);
        try {
            UUID practice = FeedStub.FEED.publish(municipality, "TRANSPARENCY");
            FeedStub.FEED.reflect(practice);
            // the reflections' feed already shows it, but the practice's publication has not been read
            for (int page = 0; page < 20 && feeds.readReflectionPage(); page++) {
                assertThat(follower.events(practice)).isZero();
            }
            assertThat(feeds.readReflectionPage()).isFalse();
            assertThat(follower.events(practice)).isZero();
            FeedStub.FEED.holdPractices(false);
            await().atMost(PATIENCE).until(() -> follower.events(practice) == 2);
            assertThat(follower.types(practice)).containsExactly("practice.published", "reflection.published");
        } finally {
            FeedStub.FEED.holdPractices(false);
        }
    }

    private static String data(String body) {
        try {
            return PracticeFeed.JSON.readTree(body).path("data").path("id").asText();
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
