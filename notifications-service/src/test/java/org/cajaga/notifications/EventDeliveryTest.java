package org.cajaga.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Changes in the feed become CloudEvents at a real receiver, signed so that an independent HMAC verifies
 * them, each once, in the order they happened, and only for subscriptions whose filters match.
 */
@QuarkusTest
class EventDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    FollowerProbe follower;

    @Test
    void everyKindOfChangeArrivesOnceSignedAndInOrder() throws Exception {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(receiver.url(), municipality);
            UUID practice = FeedStub.FEED.publish(municipality, "PARTICIPATION");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 1);
            FeedStub.FEED.retitle(practice, "Ejemplo: otro título");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 2);
            FeedStub.FEED.classify(practice, "GOOD_PRACTICE");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 3);
            FeedStub.FEED.remove(practice, "WITHDRAWN");
            UUID archived = FeedStub.FEED.publish(municipality, "TRANSPARENCY");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 5);
            FeedStub.FEED.remove(archived, "ARCHIVED");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 6);

            List<Receiver.Request> requests = receiver.requests();
            assertThat(requests).allSatisfy(request -> {
                assertThat(Receiver.signedWith(request, subscription.secret())).isTrue();
                assertThat(request.contentType()).startsWith("application/cloudevents+json");
                assertThat(Long.parseLong(request.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                        offset(120L));
            });
            assertThat(requests.stream().map(r -> type(r.body()))).containsExactly("mx.cajaga.practice.published",
                    "mx.cajaga.practice.updated", "mx.cajaga.practice.classified", "mx.cajaga.practice.withdrawn",
                    "mx.cajaga.practice.published", "mx.cajaga.practice.archived");
            assertThat(requests.stream().map(Receiver.Request::id).distinct()).hasSize(6);

            CloudEvent event = cloudEvents().deserialize(requests.get(2).body().getBytes(StandardCharsets.UTF_8));
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getId()).isEqualTo(requests.get(2).id());
            assertThat(event.getSubject()).isEqualTo(practice.toString());
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getDataSchema().toString()).endsWith("/openapi#/components/schemas/EventData");
            assertThat(event.getTime()).isNotNull();
            JsonNode data = PracticeFeed.JSON.readTree(event.getData().toBytes());
            assertThat(data.path("id").asText()).isEqualTo(practice.toString());
            assertThat(data.path("version").asLong()).isEqualTo(3);
            assertThat(data.path("link").asText()).endsWith("/api/v1/practices/" + practice);

            given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions/" + subscription.id() + "/deliveries")
                    .then().statusCode(200).body("items.size()", is(6))
                    .body("items.status", everyItem(is("DELIVERED")))
                    .body("items[0].eventType", is("practice.archived"))
                    .body("items[0].lastStatusCode", is(204));
        }
    }

    @Test
    void filtersAndEventTypesChooseWhatIsSent() {
        String chosen = Municipalities.unique();
        String other = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.subscribe(Clients.PORTAL, Map.of("url", receiver.url(), "eventTypes", List.of("practice.withdrawn"),
                    "filters", Map.of("municipalities", List.of(chosen), "principles", List.of("ACCOUNTABILITY"))));
            UUID wanted = FeedStub.FEED.publish(chosen, "ACCOUNTABILITY");
            UUID otherPrinciple = FeedStub.FEED.publish(chosen, "TRANSPARENCY");
            UUID elsewhere = FeedStub.FEED.publish(other, "ACCOUNTABILITY");
            follower.awaitPublic(wanted, otherPrinciple, elsewhere);
            FeedStub.FEED.remove(otherPrinciple, "WITHDRAWN");
            FeedStub.FEED.remove(elsewhere, "WITHDRAWN");
            FeedStub.FEED.remove(wanted, "WITHDRAWN");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 1);
            assertThat(subject(receiver.requests().get(0).body())).isEqualTo(wanted.toString());
            assertThat(type(receiver.requests().get(0).body())).isEqualTo("mx.cajaga.practice.withdrawn");
        }
    }

    @Test
    void aPingIsSignedAndReportsTheAnswer() {
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(receiver.url(), Municipalities.unique());
            receiver.answer(202);
            given().auth().oauth2(Clients.PORTAL).post("/api/v1/subscriptions/" + subscription.id() + "/ping").then()
                    .statusCode(200).body("attempt.delivered", is(true))
                    .body("attempt.statusCode", is(202))
                    .body("event.type", is("mx.cajaga.subscription.ping"));
            assertThat(receiver.requests()).singleElement()
                    .satisfies(request -> assertThat(Receiver.signedWith(request, subscription.secret())).isTrue());
        }
    }

    @Test
    void replaySendsPastEventsAgainWithTheirIds() {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(receiver.url(), municipality);
            Instant before = Instant.now().minusSeconds(1);
            FeedStub.FEED.publish(municipality, "PARTICIPATION");
            FeedStub.FEED.publish(municipality, "PARTICIPATION");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 2);
            given().auth().oauth2(Clients.PORTAL).contentType(ContentType.JSON).body(Map.of("since", before.toString()))
                    .post("/api/v1/subscriptions/" + subscription.id() + "/replay").then().statusCode(202)
                    .body("queued", is(2));
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 4);
            List<String> ids = receiver.requests().stream().map(Receiver.Request::id).toList();
            assertThat(ids.subList(2, 4)).isEqualTo(ids.subList(0, 2));
        }
    }

    private static EventFormat cloudEvents() {
        return EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    }

    private static String type(String body) {
        return field(body, "type");
    }

    private static String subject(String body) {
        return field(body, "subject");
    }

    private static String field(String body, String name) {
        try {
            return PracticeFeed.JSON.readTree(body).path(name).asText();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
