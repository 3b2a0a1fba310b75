package org.cajaga.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.cajaga.testing.metrics.DashboardMetrics;
import org.cajaga.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

/** Webhooks as /q/metrics shows them: failed attempts, the pending backlog and disabled subscriptions. */
@QuarkusTest
class DeliveryMetricsTest {

    private static final String DELIVERIES = "cajaga_notifications_webhook_deliveries_total";
    private static final String BACKLOG = "cajaga_notifications_webhook_backlog";
    private static final String OLDEST = "cajaga_notifications_webhook_oldest_age_seconds";
    private static final String DISABLED = "cajaga_notifications_subscriptions_disabled_total";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void failedAttemptsCountAndTheBacklogShowsUntilTheDeliveryPasses() {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.subscribe(receiver.url(), municipality);
            // Eight failures with the test's backoff (0.2 s doubling to 2 s) keep the delivery pending for seconds.
            for (int i = 0; i < 8; i++) {
                receiver.answer(500);
            }
            Scrape before = Scrape.now();
            FeedStub.FEED.publish(municipality, "PARTICIPATION");

            await().atMost(PATIENCE).until(() -> {
                Scrape now = Scrape.now();
                return now.value(BACKLOG) >= 1 && now.value(OLDEST) > 0;
            });
            double pending = Scrape.now().value(BACKLOG);
            await().atMost(PATIENCE).until(() -> receiver.requests().size() == 9);
            await().atMost(PATIENCE).until(() -> Scrape.now().value(BACKLOG) <= pending - 1);

            Scrape after = Scrape.now();
            assertThat(after.value(DELIVERIES, "outcome", "failed-retrying")
                    - before.value(DELIVERIES, "outcome", "failed-retrying")).isGreaterThanOrEqualTo(8);
            assertThat(after.value(DELIVERIES, "outcome", "delivered")
                    - before.value(DELIVERIES, "outcome", "delivered")).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aReceiverThatIsGoneCountsAFinalFailureAndADisabledSubscription() {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.subscribe(receiver.url(), municipality);
            receiver.answer(410);
            Scrape before = Scrape.now();
            FeedStub.FEED.publish(municipality, "PARTICIPATION");

            await().atMost(PATIENCE).until(() -> Scrape.now().value(DISABLED, "reason", "gone")
                    >= before.value(DISABLED, "reason", "gone") + 1);
            assertThat(Scrape.now().value(DELIVERIES, "outcome", "failed-final"))
                    .isGreaterThanOrEqualTo(before.value(DELIVERIES, "outcome", "failed-final") + 1);
        }
    }

    @Test
    void everyNotificationsMetricTheDashboardQueriesIsServed() {
        DashboardMetrics.assertServed("notifications");
    }
}
