package org.cajaga.scoring.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.cajaga.scoring.consolidation.Consolidation;
import org.cajaga.support.tracing.TraceParents;

/**
 * Writes a classification change for delivery, inside the transaction that decided it, with the trace of the request
 * that decided it (delivered later, it still shows in that trace).
 */
@ApplicationScoped
public class ClassificationOutbox {

    @Inject
    OutboxRepository outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Consolidation consolidation) {
        OutboxMessage message = new OutboxMessage();
        message.practiceId = consolidation.subject.practiceId();
        message.payload = new ClassificationMessage(consolidation.classification, consolidation.subject.criteriaSet(),
                consolidation.subject.criteriaSetVersion(), consolidation.id, consolidation.decidedAt);
        message.createdAt = Instant.now();
        message.nextAttemptAt = message.createdAt;
        message.traceparent = TraceParents.current();
        outbox.persist(message);
    }
}
