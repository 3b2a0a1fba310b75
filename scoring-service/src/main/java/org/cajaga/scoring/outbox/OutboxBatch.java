package org.cajaga.scoring.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cajaga.scoring.config.ScoringConfig;
import org.cajaga.scoring.practice.PracticeSnapshot;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends one batch of due messages. Rows are locked with {@code SKIP LOCKED}, so several replicas
 * share the work without sending a message twice at the same time; practices-service accepts a
 * repeated message anyway (idempotent, and older decisions never overwrite newer ones).
 */
@ApplicationScoped
public class OutboxBatch {

    private static final Logger LOG = Logger.getLogger(OutboxBatch.class);

    @Inject
    EntityManager entityManager;

    @Inject
    ScoringConfig config;

    @RestClient
    ClassificationClient practices;

    /** @return how many messages were due in this batch */
    @Transactional
    @SuppressWarnings("unchecked")
    public int deliverDue() {
        List<OutboxMessage> due = entityManager.createNativeQuery("SELECT * FROM classification_outbox "
                        + "WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now() "
                        + "ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED", OutboxMessage.class)
                .setParameter(1, config.outbox().batchSize()).getResultList();
        due.forEach(this::deliver);
        return due.size();
    }

    /** Sends one message; a failure only postpones that message, each with its own backoff. */
    private void deliver(OutboxMessage message) {
        message.attempts++;
        try {
            practices.classify(message.practiceId, message.payload);
            message.deliveredAt = Instant.now();
            message.lastError = null;
        } catch (WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 401 && status != 408 && status != 429) {
                message.failedAt = Instant.now();
                message.lastError = "HTTP " + status + ": " + refused.getMessage();
                LOG.errorf("practices-service refused classification %d of practice %s for good: %s", message.id,
                        message.practiceId, message.lastError);
                if (status == 404) {
                    PracticeSnapshot.noteDeleted(message.practiceId);
                }
                return;
            }
            retryLater(message, "HTTP " + status);
        } catch (RuntimeException unreachable) {
            retryLater(message, unreachable.toString());
        }
    }

    private void retryLater(OutboxMessage message, String error) {
        Duration wait = config.outbox().firstRetry().multipliedBy(1L << Math.min(message.attempts - 1, 20));
        if (wait.compareTo(config.outbox().maxRetry()) > 0) {
            wait = config.outbox().maxRetry();
        }
        message.nextAttemptAt = Instant.now().plus(wait);
        message.lastError = error;
        LOG.warnf("classification %d of practice %s not delivered (attempt %d, next in %s): %s", message.id,
                message.practiceId, message.attempts, wait, error);
    }
}
