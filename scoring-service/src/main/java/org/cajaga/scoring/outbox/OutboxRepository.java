package org.cajaga.scoring.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The outbox table. Each method is one short transaction of its own: messages are claimed, then sent by the caller
 * outside any transaction, then each result is recorded, so no row is locked while practices-service is called.
 */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {

    /**
     * Claims up to {@code limit} due messages for {@code lease}, oldest first. Rows another replica is claiming
     * ({@code SKIP LOCKED}) or holds (an unexpired claim) are left out; an expired claim counts as none.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> claimDue(int limit, Duration lease) {
        List<OutboxMessage> claimed = getEntityManager().createNativeQuery("UPDATE classification_outbox "
                        + "SET claimed_until = now() + make_interval(secs => ?1) WHERE id IN (SELECT id FROM classification_outbox "
                        + "WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now() "
                        + "AND (claimed_until IS NULL OR claimed_until <= now()) "
                        + "ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED) RETURNING *", OutboxMessage.class)
                .setParameter(1, lease.toMillis() / 1000.0).setParameter(2, limit).getResultList();
        return claimed.stream().sorted(Comparator.comparing((OutboxMessage message) -> message.id)).toList();
    }

    /** practices-service took the message; recorded even when the claim ran out meanwhile, since it is true. */
    @Transactional
    public void delivered(OutboxMessage claimed) {
        update("deliveredAt = ?1, attempts = attempts + 1, lastError = null, claimedUntil = null "
                + "where id = ?2 and deliveredAt is null", Instant.now(), claimed.id);
    }

    /** practices-service refused the message for good; recorded only while the claim is still this one. */
    @Transactional
    public void refused(OutboxMessage claimed, String error) {
        update("failedAt = ?1, attempts = attempts + 1, lastError = ?2, claimedUntil = null "
                + "where id = ?3 and claimedUntil = ?4", Instant.now(), error, claimed.id, claimed.claimedUntil);
    }

    /** The message is tried again at {@code next}; recorded only while the claim is still this one. */
    @Transactional
    public void postponed(OutboxMessage claimed, Instant next, String error) {
        update("nextAttemptAt = ?1, attempts = attempts + 1, lastError = ?2, claimedUntil = null "
                + "where id = ?3 and claimedUntil = ?4", next, error, claimed.id, claimed.claimedUntil);
    }

    /** Messages neither delivered nor refused for good, and the creation time of the oldest (null when none). */
    public record Backlog(long messages, Instant oldest) {
    }

    @Transactional
    public Backlog backlog() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("SELECT count(*), "
                + "(extract(epoch FROM min(created_at)) * 1000)::bigint FROM classification_outbox "
                + "WHERE delivered_at IS NULL AND failed_at IS NULL").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(),
                row[1] == null ? null : Instant.ofEpochMilli(((Number) row[1]).longValue()));
    }

    /** Every message waiting for a later attempt is due now; returns how many were waiting. */
    @Transactional
    public int makeWaitingDue() {
        Instant now = Instant.now();
        return update("nextAttemptAt = ?1 where deliveredAt is null and failedAt is null and nextAttemptAt > ?1", now);
    }
}
