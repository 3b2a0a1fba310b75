package org.cajaga.scoring.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cajaga.scoring.config.ScoringConfig;

/** Polls the outbox and delivers what is due, batch after batch, until nothing due is left. */
@ApplicationScoped
public class OutboxDelivery {

    @Inject
    OutboxBatch batch;

    @Inject
    ScoringConfig config;

    @Scheduled(every = "${cajaga.scoring.outbox.poll}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        int due;
        do {
            due = batch.deliverDue();
        } while (due == config.outbox().batchSize());
    }
}
