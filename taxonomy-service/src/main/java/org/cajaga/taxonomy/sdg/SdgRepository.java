package org.cajaga.taxonomy.sdg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Read-only access to the SDG reference tables, read whole into the in-memory snapshot. */
@ApplicationScoped
public class SdgRepository {

    @Inject
    EntityManager em;

    public List<SdgGoal> goals() {
        return em.createQuery("from SdgGoal", SdgGoal.class).getResultList();
    }

    public List<SdgTarget> targets() {
        return em.createQuery("from SdgTarget", SdgTarget.class).getResultList();
    }

    public List<SdgIndicator> indicators() {
        return em.createQuery("from SdgIndicator", SdgIndicator.class).getResultList();
    }
}
