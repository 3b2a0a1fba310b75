package org.cajaga.scoring.consolidation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cajaga.scoring.evaluation.ScoreSubject;

@ApplicationScoped
public class ConsolidationRepository implements PanacheRepositoryBase<Consolidation, UUID> {

    /** The consolidation of the subject; there is at most one. */
    public Optional<Consolidation> findBySubject(ScoreSubject subject) {
        return find(ScoreSubject.MATCHES, subject.parameters()).firstResultOptional();
    }

    /** The most recent consolidation of a practice, under whichever version. */
    public Optional<Consolidation> findLatest(UUID practiceId) {
        return find("subject.practiceId = ?1 order by decidedAt desc", practiceId).firstResultOptional();
    }

    /** Up to {@code limit} consolidations waiting for a deciding review after {@code after} (null: from the first), in id order. */
    public List<Consolidation> awaitingDecision(UUID after, int limit) {
        Parameters parameters = new Parameters();
        String query = "needsDecision = true";
        if (after != null) {
            query += " and id > :after";
            parameters.and("after", after);
        }
        return find(query + " order by id", parameters).page(0, limit).list();
    }

    /**
     * Holds, until the transaction ends, the lock of the practice's consolidation: two submissions for one practice
     * consolidate one after the other, never from the same stale reading.
     */
    public void lockPractice(UUID practiceId) {
        getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                .setParameter(1, practiceId.toString()).getSingleResult();
    }
}
