package org.cajaga.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Receivers that fail: a 500 is retried with backoff until it succeeds (later events wait their turn),
 * a 410 disables the subscription, a 429's Retry-After is honoured, and a subscription failing for the
 * give-up period is disabled with the reason shown to its owner.
 */
@QuarkusTest
class RetryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    FollowerProbe follower;

    @Inject
    EntityManager em;

    @Test
    void aFailedDeliveryIsRetriedAndLaterEventsKeepTheirOrder() {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(receiver.url(), municipality);
            receiver.answer(500);
            receiver.answer(503);
            UUID first = FeedStub.FEED.publish(municipality, "PARTICIPATION");
            UUID second = FeedStub.FEED.publish(municipality, "PARTICIPATION");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 4);
            List<Receiver.Request> requests = receiver.requests();
            assertThat(requests.subList(0, 3)).extracting(Receiver.Request::id).containsOnly(requests.get(0).id());
            assertThat(requests.stream().map(r -> r.body().contains(first.toString()))).containsExactly(true, true, true, false);
            assertThat(requests.get(3).body()).contains(second.toString());
            assertThat(requests).allSatisfy(r -> assertThat(Receiver.signedWith(r, subscription.secret())).isTrue());
            given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions/" + subscription.id() + "/deliveries").then()
                    .statusCode(200).body("items[1].attempts", is(3)).body("items[1].status", is("DELIVERED"))
                    .body("items[0].attempts", is(1));
            given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions/" + subscription.id()).then()
                    .body("status", is("ACTIVE")).body("failingSince", nullValue());
        }
    }

    @Test
    void goneDisablesTheSubscription() {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(receiver.url(), municipality);
            receiver.answer(410);
            FeedStub.FEED.publish(municipality, "PARTICIPATION");
            await().atMost(PATIENCE).until(() -> "DISABLED".equals(given().auth().oauth2(Clients.PORTAL)
                    .get("/api/v1/subscriptions/" + subscription.id()).then().extract().path("status")));
            given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions/" + subscription.id()).then()
                    .body("disabledReason", containsString("410")).body("disabledAt", notNullValue());
            UUID later = FeedStub.FEED.publish(municipality, "PARTICIPATION");
            follower.awaitPublic(later);
            assertThat(receiver.requests()).hasSize(1);
            given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions/" + subscription.id() + "/deliveries").then()
                    .body("items.size()", is(1)).body("items[0].status", is("FAILED")).body("items[0].lastStatusCode", is(410));
        }
    }

    @Test
    void retryAfterIsHonoured() {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.subscribe(receiver.url(), municipality);
            receiver.answer(429, Map.of("Retry-After", "4"));
            FeedStub.FEED.publish(municipality, "PARTICIPATION");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 2);
            long first = Long.parseLong(receiver.requests().get(0).timestamp());
            long second = Long.parseLong(receiver.requests().get(1).timestamp());
            // Without Retry-After the next attempt comes within the next poll (1 s) and a backoff under half a second.
            assertThat(second - first).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aSubscriptionFailingForTheGiveUpPeriodIsDisabledAndSaysWhy() {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(receiver.url(), municipality);
            for (int i = 0; i < 1000; i++) {
                receiver.answer(500);
            }
            FeedStub.FEED.publish(municipality, "PARTICIPATION");
            await().atMost(PATIENCE).until(() -> receiver.requests().size() >= 1);
            // Three days pass: the subscription has been failing since four days ago.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "update subscription set failing_since = now() - interval '4 days' where id = ?1")
                    .setParameter(1, UUID.fromString(subscription.id())).executeUpdate());
            await().atMost(PATIENCE).until(() -> "DISABLED".equals(given().auth().oauth2(Clients.PORTAL)
                    .get("/api/v1/subscriptions/" + subscription.id()).then().extract().path("status")));
            given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions/" + subscription.id()).then()
                    .body("disabledReason", containsString("HTTP 500"));
            given().auth().oauth2(Clients.PORTAL).get("/api/v1/subscriptions/" + subscription.id() + "/deliveries").then()
                    .body("items[0].status", is("FAILED"));
        }
    }
}
