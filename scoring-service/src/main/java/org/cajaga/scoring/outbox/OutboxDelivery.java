package org.cajaga.scoring.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cajaga.scoring.config.ScoringConfig;

/** Polls the outbox and delivers what is due, batch after batch, until a batch is not full. */
@ApplicationScoped
public class OutboxDelivery {

    @Inject
    OutboxBatch batch;

    @Inject
    ScoringConfig config;

    @Scheduled(every = "${cajaga.scoring.outbox.poll}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        int claimed;
        do {
            claimed = batch.deliverDue();
        } while (claimed == config.outbox().batchSize());
    }
}
