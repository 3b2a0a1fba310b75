package org.cajaga.scoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;
import org.cajaga.scoring.outbox.OutboxMessage;

/** Looks into the outbox table, which the API does not expose; callable from any thread. */
final class OutboxProbe {

    private OutboxProbe() {
    }

    /** Delivery attempts made so far for the practice's classification messages. */
    static int attempts(UUID practice) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("practiceId", practice)
                .stream().mapToInt(m -> m.attempts).sum());
    }

    static boolean delivered(UUID practice) {
        return QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.count("practiceId = ?1 and deliveredAt is not null", practice) > 0);
    }
}
