package org.cajaga.scoring.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cajaga.core.correlation.RequestIds;
import org.cajaga.scoring.config.ScoringConfig;
import org.cajaga.scoring.practice.PracticeSnapshotRepository;
import org.cajaga.support.client.UpstreamRefusal;
import org.cajaga.support.correlation.RequestIdFilter;
import org.cajaga.support.tracing.TraceParents;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Sends one batch of due messages: claimed for a lease in one short transaction (so replicas share the work and a
 * stopped replica's claims return), each sent outside any transaction, each result recorded in a short transaction of
 * its own. practices-service accepts a repeated message anyway (idempotent, and older decisions never overwrite newer
 * ones).
 *
 * <p>A failure postpones the message with a doubling backoff; while practices-service's circuit breaker is open (it is
 * down) by {@code outage-retry} at most. The first delivery after the breaker was open, and the first one after start,
 * makes every waiting message due at once, so delivery resumes within seconds of practices-service's recovery instead
 * of after each message's backoff.
 */
@ApplicationScoped
public class OutboxBatch {

    private static final Logger LOG = Logger.getLogger(OutboxBatch.class);

    @Inject
    OutboxRepository outbox;

    @Inject
    PracticeSnapshotRepository snapshots;

    @Inject
    ScoringConfig config;

    @Inject
    GuardedClassificationClient practices;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    OutboxMetrics metrics;

    @Inject
    Tracer tracer;

    /** Whether waiting messages may be waiting for a recovery: since start, and since the breaker was last seen open. */
    private final AtomicBoolean recovering = new AtomicBoolean(true);

    /** @return how many messages were claimed in this batch */
    @Transactional(Transactional.TxType.NEVER)
    public int deliverDue() {
        List<OutboxMessage> claimed = outbox.claimDue(config.outbox().batchSize(), config.outbox().lease());
        claimed.forEach(this::deliverWithOwnRequestId);
        return claimed.size();
    }

    /**
     * Each delivery gets a request id of its own, which practices-service logs and echoes as well, and a span in the
     * trace of the request that decided the classification (its stored traceparent), parent of the call to
     * practices-service.
     */
    private void deliverWithOwnRequestId(OutboxMessage message) {
        Span span = tracer.spanBuilder("deliver classification").setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceParents.parentOf(message.traceparent))
                .setAttribute("cajaga.outbox.id", message.id)
                .setAttribute("cajaga.practice.id", String.valueOf(message.practiceId))
                .startSpan();
        MDC.put(RequestIdFilter.MDC_KEY, RequestIds.newId());
        try (Scope ignored = span.makeCurrent();
                TraceParents.InLogs previous = TraceParents.showInLogs(span.getSpanContext())) {
            if (!deliver(message)) {
                span.setStatus(StatusCode.ERROR);
            }
        } finally {
            span.end();
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    /** Sends one message; a failure only postpones that message, each with its own backoff. Whether it arrived. */
    private boolean deliver(OutboxMessage message) {
        try {
            practices.classify(message.practiceId, message.payload);
        } catch (UpstreamRefusal refused) {
            int status = refused.getResponse().getStatus();
            if (status == 401 || status == 408 || status == 429) {
                retryLater(message, "HTTP " + status);
            } else {
                refuse(message, status, "HTTP " + status + ": " + refused.getMessage());
            }
            return false;
        } catch (RuntimeException unreachable) {
            retryLater(message, unreachable.toString());
            return false;
        }
        outbox.delivered(message);
        metrics.attempted(OutboxMetrics.Outcome.DELIVERED);
        if (recovering.getAndSet(false)) {
            int waiting = outbox.makeWaitingDue();
            if (waiting > 0) {
                LOG.infof("practices-service takes classifications: %d waiting are due now", waiting);
            }
        }
        return true;
    }

    /** practices-service refused it for good (e.g. the practice was deleted: 404, then it is counted nowhere). */
    private void refuse(OutboxMessage message, int status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.refused(message, error);
            if (status == 404) {
                snapshots.noteDeleted(message.practiceId);
            }
        });
        metrics.attempted(OutboxMetrics.Outcome.REFUSED);
        LOG.errorf("practices-service refused classification %d of practice %s for good: %s", message.id,
                message.practiceId, error);
    }

    private void retryLater(OutboxMessage message, String error) {
        int attempts = message.attempts + 1;
        Duration wait = config.outbox().firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(config.outbox().maxRetry()) > 0) {
            wait = config.outbox().maxRetry();
        }
        if (breakers.currentState(GuardedClassificationClient.BREAKER) != CircuitBreakerState.CLOSED) {
            recovering.set(true);
            if (wait.compareTo(config.outbox().outageRetry()) > 0) {
                wait = config.outbox().outageRetry();
            }
        }
        outbox.postponed(message, Instant.now().plus(wait), error);
        metrics.attempted(OutboxMetrics.Outcome.RETRYING);
        LOG.warnf("classification %d of practice %s not delivered (attempt %d, next in %s): %s", message.id,
                message.practiceId, attempts, wait, error);
    }
}
