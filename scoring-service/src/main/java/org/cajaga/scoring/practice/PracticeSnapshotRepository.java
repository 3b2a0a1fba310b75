package org.cajaga.scoring.practice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PracticeSnapshotRepository implements PanacheRepositoryBase<PracticeSnapshot, UUID> {

    /** The practice as it was last read, if scoring ever read it. */
    public Optional<PracticeFacts> lastSeen(UUID practiceId) {
        return findByIdOptional(practiceId).map(PracticeSnapshot::facts);
    }

    /** Whether the practice was co-created as last read; false for a practice never read. */
    public boolean cocreated(UUID practiceId) {
        return findByIdOptional(practiceId).map(snapshot -> snapshot.cocreated).orElse(false);
    }

    /** Keeps the status and title just read in the snapshot of a practice scoring already knows; others are left unknown. */
    public void noteSeen(PracticeFacts facts) {
        update("status = ?1, title = ?2, seenAt = ?3 where practiceId = ?4", facts.status(), facts.title(), Instant.now(),
                facts.id());
    }

    /** practices-service no longer knows the practice (the service account was told 404): it is counted nowhere. */
    public void noteDeleted(UUID practiceId) {
        update("status = ?1, seenAt = ?2 where practiceId = ?3", PracticeSnapshot.DELETED, Instant.now(), practiceId);
    }

    /** Stores what was just read, replacing the previous snapshot. */
    public void record(PracticeFacts facts) {
        PracticeSnapshot snapshot = findByIdOptional(facts.id()).orElseGet(PracticeSnapshot::new);
        snapshot.practiceId = facts.id();
        snapshot.title = facts.title();
        snapshot.status = facts.status();
        snapshot.cocreated = facts.cocreated();
        snapshot.stateCode = facts.stateCode();
        snapshot.principles = facts.principles() == null ? List.of() : facts.principles();
        snapshot.sdgGoals = facts.sdgGoals() == null ? List.of() : facts.sdgGoals();
        snapshot.createdBy = facts.createdBy();
        snapshot.seenAt = Instant.now();
        persist(snapshot);
    }
}
