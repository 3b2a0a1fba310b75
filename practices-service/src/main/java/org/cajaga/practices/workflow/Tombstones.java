package org.cajaga.practices.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.practices.practice.PracticeDeleted;
import org.cajaga.support.ids.TimeOrderedIds;

/** Keeps, for the change feed, that a practice stopped being public: withdrawn, archived, or deleted once public. */
@ApplicationScoped
public class Tombstones {

    @Inject
    EntityManager em;

    public void add(UUID practiceId, PublicationTombstone.Reason reason) {
        PublicationTombstone tombstone = new PublicationTombstone();
        tombstone.id = TimeOrderedIds.next();
        tombstone.practiceId = practiceId;
        tombstone.reason = reason;
        tombstone.removedAt = Instant.now();
        em.persist(tombstone);
    }

    /** In the deleting transaction: a deleted draft that had been public is reported as deleted too. */
    void deleted(@Observes PracticeDeleted deleted) {
        if (deleted.wasPublished()) {
            add(deleted.id(), PublicationTombstone.Reason.DELETED);
        }
    }
}
