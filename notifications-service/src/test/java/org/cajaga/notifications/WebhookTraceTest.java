package org.cajaga.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every webhook request is a span of its own whose context the receiver gets as traceparent. */
@QuarkusTest
class WebhookTraceTest {

    private static final String W3C = "^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$";
    private static final String TRACE = "3d2c8e0a5b9f4e6d8c7b6a5f4e3d2c1b";
    private static final String CALLER_SPAN = "a1b2c3d4e5f60718";

    @Test
    void aDeliveryFromTheFeedSendsATraceparent() {
        try (Receiver receiver = new Receiver()) {
            String municipality = Municipalities.unique();
            Clients.subscribe(receiver.url(), municipality);
            FeedStub.FEED.publish(municipality, "PARTICIPATION");
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.requests().size() == 1);
            assertThat(receiver.requests().get(0).traceparent()).matches(W3C);
        }
    }

    @Test
    void aPingContinuesTheTraceOfTheRequestThatAskedForIt() {
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(receiver.url(), Municipalities.unique());
            given().auth().oauth2(Clients.PORTAL).header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                    .post("/api/v1/subscriptions/" + subscription.id() + "/ping").then()
                    .statusCode(200).body("attempt.delivered", is(true));
            assertThat(receiver.requests()).singleElement().satisfies(request -> assertThat(request.traceparent())
                    .matches(W3C).startsWith("00-" + TRACE + "-").doesNotContain(CALLER_SPAN));
        }
    }
}
