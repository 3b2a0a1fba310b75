package org.cajaga.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cajaga.notifications.config.NotificationsConfig;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Claims due deliveries and stores their outcomes, each in a short transaction; the requests are sent
 * between the two, outside any transaction. A claim takes, with {@code FOR UPDATE SKIP LOCKED}, only the
 * oldest pending delivery of each active subscription, and only when no other claim holds it (its lease
 * expired or none was taken): so replicas never send one delivery at the same time, and each subscription
 * gets its events one at a time, in order. An outcome counts only with the lease it was claimed with: a
 * sender whose lease expired (it stalled, another replica took the delivery over) changes nothing.
 */
@ApplicationScoped
public class DeliveryClaims {

    private static final Logger LOG = Logger.getLogger(DeliveryClaims.class);

    private static final String CLAIM = "with due as (select d.seq from delivery d join subscription s on s.id = d.subscription_id "
            + "where d.status = 'PENDING' and s.status = 'ACTIVE' and d.next_attempt_at <= now() "
            + "and (d.lease_until is null or d.lease_until < now()) "
            + "and d.seq = (select min(f.seq) from delivery f where f.subscription_id = d.subscription_id and f.status = 'PENDING') "
            + "order by d.next_attempt_at, d.seq limit ? for update of d skip locked) "
            + "update delivery d set lease_token = ?, lease_until = now() + ? * interval '1 millisecond', "
            + "attempts = d.attempts + 1, last_attempt_at = now() "
            + "from due, subscription s, event e where d.seq = due.seq and s.id = d.subscription_id and e.id = d.event_id "
            + "returning d.id, d.subscription_id, d.event_id, s.url, e.body, d.attempts, "
            + "array(select k.secret from subscription_secret k where k.subscription_id = d.subscription_id "
            + "and (k.expires_at is null or k.expires_at > now()) order by k.created_at desc) as secrets";

    @Inject
    EntityManager em;

    @Inject
    NotificationsConfig config;

    @Inject
    DeliveryMetrics metrics;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Transactional
    public List<Claim> claim(int limit) {
        UUID lease = UUID.randomUUID();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Claim> claims = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
                statement.setInt(1, limit);
                statement.setObject(2, lease);
                statement.setLong(3, config.delivery().lease().toMillis());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Array secrets = rows.getArray(7);
                        claims.add(new Claim(rows.getObject(1, UUID.class), lease, rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5), rows.getInt(6),
                                Arrays.asList((String[]) secrets.getArray())));
                    }
                }
            }
            return claims;
        });
    }

    /** Stores the outcome of a claimed delivery; false when the lease was lost meanwhile. */
    @Transactional
    public boolean complete(Claim claim, SendResult result) {
        Duration giveUp = config.delivery().giveUpAfter();
        if (result.delivered()) {
            boolean held = update(claim, "status = 'DELIVERED', delivered_at = now()", result) == 1;
            if (held) {
                countOnCommit(() -> metrics.attempted(DeliveryMetrics.DELIVERED));
                execute("update subscription set failing_since = null where id = ? and failing_since is not null",
                        claim.subscriptionId());
            }
            return held;
        }
        if (result.gone()) {
            boolean held = update(claim, "status = 'FAILED'", result) == 1;
            if (held) {
                countOnCommit(() -> metrics.attempted(DeliveryMetrics.FAILED_FINAL));
                disable(claim.subscriptionId(), DeliveryMetrics.GONE,
                        "El receptor respondió 410 Gone: ya no acepta eventos. / "
                        + "The receiver answered 410 Gone: it no longer accepts events.");
            }
            return held;
        }
        Instant failingSince = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select coalesce(failing_since, now()) from subscription where id = ?")) {
                statement.setObject(1, claim.subscriptionId());
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getTimestamp(1).toInstant();
                }
            }
        });
        if (!failingSince.plus(giveUp).isAfter(Instant.now())) {
            boolean held = update(claim, "status = 'FAILED'", result) == 1;
            if (held) {
                countOnCommit(() -> metrics.attempted(DeliveryMetrics.FAILED_FINAL));
                disable(claim.subscriptionId(), DeliveryMetrics.FAILING,
                        "Las entregas fallan desde " + failingSince + " (último intento: " + result.error()
                        + "). / Deliveries have failed since " + failingSince + " (last attempt: " + result.error() + ").");
            }
            return held;
        }
        Duration wait = Backoff.after(claim.attempts(), config.delivery().firstRetry(), config.delivery().maxRetry(),
                result.retryAfter());
        boolean held = execute("update delivery set next_attempt_at = now() + ? * interval '1 millisecond', "
                        + "lease_token = null, lease_until = null, last_status = ?, last_latency_ms = ?, last_error = ? "
                        + "where id = ? and lease_token = ?", wait.toMillis(), result.statusCode(), (int) result.latencyMs(),
                truncated(result.error()), claim.id(), claim.lease()) == 1;
        if (held) {
            countOnCommit(() -> metrics.attempted(DeliveryMetrics.FAILED_RETRYING));
            execute("update subscription set failing_since = now() where id = ? and failing_since is null",
                    claim.subscriptionId());
            LOG.infof("delivery %s to subscription %s failed (attempt %d, next in %s): %s", claim.id(), claim.subscriptionId(),
                    claim.attempts(), wait, result.error());
        }
        return held;
    }

    private int update(Claim claim, String set, SendResult result) {
        return execute("update delivery set " + set + ", lease_token = null, lease_until = null, "
                        + "last_status = ?, last_latency_ms = ?, last_error = ? where id = ? and lease_token = ?",
                result.statusCode(), (int) result.latencyMs(), truncated(result.error()), claim.id(), claim.lease());
    }

    /**
     * Disables a subscription still active ({@code cause}: its metric label); one its owner disabled meanwhile keeps
     * the owner's reason.
     */
    private void disable(UUID subscription, String cause, String reason) {
        int disabled = execute("update subscription set status = 'DISABLED', disabled_reason = ?, disabled_at = now(), "
                + "version = version + 1, updated_at = now() where id = ? and status = 'ACTIVE'", truncated(reason),
                subscription);
        if (disabled == 1) {
            countOnCommit(() -> metrics.subscriptionDisabled(cause));
            LOG.warnf("subscription %s disabled: %s", subscription, reason);
        }
    }

    /** Counts what this transaction stored once it commits; a rolled-back outcome was never stored. */
    private void countOnCommit(Runnable count) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }

    /** One statement with its parameters (JDBC: a null binds without a type, which PostgreSQL infers). */
    private int execute(String sql, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] == null) {
                        statement.setNull(i + 1, Types.NULL);
                    } else {
                        statement.setObject(i + 1, parameters[i]);
                    }
                }
                return statement.executeUpdate();
            }
        });
    }

    private static String truncated(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
