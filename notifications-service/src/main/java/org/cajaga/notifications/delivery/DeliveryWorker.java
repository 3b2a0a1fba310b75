package org.cajaga.notifications.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cajaga.notifications.config.NotificationsConfig;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, round after round while rounds come back full. The deliveries of one round
 * belong to different subscriptions and are sent side by side, so a slow receiver delays only its own
 * events.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    DeliveryClaims claims;

    @Inject
    WebhookSender sender;

    @Inject
    NotificationsConfig config;

    private final ExecutorService senders = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    @Scheduled(every = "${cajaga.notifications.delivery.poll}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        int claimed;
        do {
            claimed = round();
        } while (claimed == config.delivery().batchSize());
    }

    /** Claims one round of deliveries, sends them and stores each outcome; returns how many were claimed. */
    public int round() {
        List<Claim> due = claims.claim(config.delivery().batchSize());
        CompletableFuture.allOf(due.stream()
                .map(claim -> CompletableFuture.runAsync(() -> deliver(claim), senders))
                .toArray(CompletableFuture[]::new)).join();
        return due.size();
    }

    private void deliver(Claim claim) {
        SendResult result = sender.send(claim.url(), claim.eventId().toString(), claim.secrets(), claim.body());
        if (!claims.complete(claim, result)) {
            LOG.warnf("delivery %s: the lease expired before the outcome was stored; another sender has it", claim.id());
        }
    }
}
