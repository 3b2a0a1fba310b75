package org.cajaga.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cajaga.notifications.delivery.Claim;
import org.cajaga.notifications.delivery.DeliveryClaims;
import org.cajaga.notifications.delivery.DeliveryWorker;
import org.cajaga.notifications.delivery.SendResult;
import org.junit.jupiter.api.Test;

/**
 * Claims and leases: a sender that claimed deliveries and died holds them only until its lease expires,
 * then another sends them, each once and in order; its late outcome changes nothing; and two senders
 * working at once never send one delivery twice.
 */
@QuarkusTest
@TestProfile(ManualDelivery.class)
class LeaseTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    DeliveryClaims claims;

    @Inject
    DeliveryWorker worker;

    @Inject
    FollowerProbe follower;

    @Test
    void aCrashedSendersClaimExpiresAndEveryEventArrivesOnce() throws Exception {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.Created subscription = Clients.subscribe(receiver.url(), municipality);
            List<UUID> practices = List.of(FeedStub.FEED.publish(municipality, "PARTICIPATION"),
                    FeedStub.FEED.publish(municipality, "PARTICIPATION"), FeedStub.FEED.publish(municipality, "PARTICIPATION"));
            follower.awaitPublic(practices.toArray(UUID[]::new));

            // A sender claims and dies before sending: its claim holds the subscription's first delivery.
            List<Claim> crashed = claims.claim(100).stream()
                    .filter(claim -> claim.subscriptionId().toString().equals(subscription.id())).toList();
            assertThat(crashed).hasSize(1);

            // Another sender finds nothing of this subscription to send while the lease lasts (the first
            // delivery is held, the later ones wait for it).
            worker.round();
            assertThat(receiver.requests()).isEmpty();

            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                worker.round();
                return receiver.requests().size() >= 3;
            });
            List<Receiver.Request> requests = receiver.requests();
            assertThat(requests).hasSize(3);
            assertThat(requests.stream().map(Receiver.Request::id).distinct()).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(requests.get(i).body()).contains(practices.get(i).toString());
            }

            // The crashed sender comes back with its old claim: its outcome is not stored.
            assertThat(claims.complete(crashed.get(0), new SendResult(true, 204, 1, null, null)))
                    .isFalse();
        }
    }

    @Test
    void twoSendersAtOnceNeverSendADeliveryTwice() throws Exception {
        String municipality = Municipalities.unique();
        try (Receiver receiver = new Receiver()) {
            Clients.subscribe(receiver.url(), municipality);
            List<UUID> practices = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                practices.add(FeedStub.FEED.publish(municipality, "PARTICIPATION"));
            }
            follower.awaitPublic(practices.toArray(UUID[]::new));
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int replica = 0; replica < 2; replica++) {
                    running.add(replicas.submit(() -> await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                            .until(() -> {
                                worker.round();
                                return receiver.requests().size() >= practices.size();
                            })));
                }
                for (Future<?> replica : running) {
                    replica.get();
                }
            } finally {
                replicas.shutdownNow();
            }
            List<Receiver.Request> requests = receiver.requests();
            assertThat(requests).hasSize(practices.size());
            for (int i = 0; i < practices.size(); i++) {
                assertThat(requests.get(i).body()).contains(practices.get(i).toString());
            }
        }
    }
}
