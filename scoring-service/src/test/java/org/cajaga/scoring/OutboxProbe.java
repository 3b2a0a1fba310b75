package org.cajaga.scoring;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cajaga.scoring.outbox.OutboxRepository;

/** Looks into the outbox table, which the API does not expose; callable from any thread. */
final class OutboxProbe {

    private OutboxProbe() {
    }

    /** Delivery attempts made so far for the practice's classification messages. */
    static int attempts(UUID practice) {
        return QuarkusTransaction.requiringNew().call(() -> outbox().list("practiceId", practice)
                .stream().mapToInt(m -> m.attempts).sum());
    }

    static boolean delivered(UUID practice) {
        return QuarkusTransaction.requiringNew().call(
                () -> outbox().count("practiceId = ?1 and deliveredAt is not null", practice) > 0);
    }

    /**
     * Does what a replica that claims the practice's waiting message and then stops leaves behind: a claim for
     * {@code lease}, with the message due. Empty while this service is sending the message (it holds the claim then).
     */
    static Optional<Instant> claimedByAStoppedReplica(UUID practice, Duration lease) {
        List<?> until = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("UPDATE classification_outbox SET claimed_until = now() + make_interval(secs => ?1), "
                        + "next_attempt_at = now() WHERE practice_id = ?2 AND delivered_at IS NULL AND claimed_until IS NULL "
                        + "RETURNING (extract(epoch FROM claimed_until) * 1000)::bigint")
                .setParameter(1, lease.toMillis() / 1000.0).setParameter(2, practice).getResultList());
        return until.stream().map(millis -> Instant.ofEpochMilli(((Number) millis).longValue())).findFirst();
    }

    private static OutboxRepository outbox() {
        return Arc.container().instance(OutboxRepository.class).get();
    }
}
