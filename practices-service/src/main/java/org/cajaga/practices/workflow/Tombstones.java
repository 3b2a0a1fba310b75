package org.cajaga.practices.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.support.ids.TimeOrderedIds;

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
}
