package org.cajaga.notifications.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.cajaga.support.metrics.BacklogGauges;
import org.jboss.logging.Logger;

/**
 * Webhooks as an operator watches them: {@code cajaga_notifications_webhook_deliveries_total{outcome}} (delivered,
 * failed-retrying, failed-final), {@code cajaga_notifications_subscriptions_disabled_total{reason}} (gone: the
 * receiver answered 410; failing: it failed for longer than {@code give-up-after}), and the pending deliveries of
 * active subscriptions, {@code cajaga_notifications_webhook_backlog} and {@code ..._webhook_oldest_age_seconds}. The
 * two gauges are read from the tables by a scheduled job, never on a scrape; while the database does not answer they
 * keep their last values.
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics {

    static final String DELIVERED = "delivered";
    static final String FAILED_RETRYING = "failed-retrying";
    static final String FAILED_FINAL = "failed-final";
    static final String GONE = "gone";
    static final String FAILING = "failing";

    private static final Logger LOG = Logger.getLogger(DeliveryMetrics.class);
    private static final String BACKLOG = "select count(*), (extract(epoch from min(d.created_at)) * 1000)::bigint "
            + "from delivery d join subscription s on s.id = d.subscription_id "
            + "where d.status = 'PENDING' and s.status = 'ACTIVE'";

    private final MeterRegistry registry;
    private final EntityManager em;
    private final BacklogGauges backlog;

    DeliveryMetrics(MeterRegistry registry, EntityManager em) {
        this.registry = registry;
        this.em = em;
        this.backlog = new BacklogGauges(registry, "cajaga.notifications.webhook",
                "Deliveries waiting to be sent to active subscriptions");
        List.of(DELIVERED, FAILED_RETRYING, FAILED_FINAL).forEach(this::deliveries);
        List.of(GONE, FAILING).forEach(this::disabled);
    }

    /** One attempt whose outcome was stored. */
    void attempted(String outcome) {
        deliveries(outcome).increment();
    }

    void subscriptionDisabled(String reason) {
        disabled(reason).increment();
    }

    @Scheduled(every = "${cajaga.notifications.delivery.metrics-refresh}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Object[] row = QuarkusTransaction.requiringNew()
                    .call(() -> (Object[]) em.createNativeQuery(BACKLOG).getSingleResult());
            backlog.set(((Number) row[0]).longValue(),
                    row[1] == null ? null : Instant.ofEpochMilli(((Number) row[1]).longValue()));
        } catch (RuntimeException unreadable) {
            LOG.debugf("Delivery metrics not refreshed: %s", unreadable.toString());
        }
    }

    private Counter deliveries(String outcome) {
        return Counter.builder("cajaga.notifications.webhook.deliveries")
                .description("Webhook delivery attempts whose outcome was stored, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private Counter disabled(String reason) {
        return Counter.builder("cajaga.notifications.subscriptions.disabled")
                .description("Subscriptions disabled by the service, by reason").tag("reason", reason).register(registry);
    }
}
