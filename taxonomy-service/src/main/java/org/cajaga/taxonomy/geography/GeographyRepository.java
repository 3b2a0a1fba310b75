package org.cajaga.taxonomy.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class GeographyRepository {

    @Inject
    EntityManager em;

    public List<MxState> states() {
        return em.createQuery("from MxState", MxState.class).getResultList();
    }

    public Optional<MxState> state(String code) {
        return Optional.ofNullable(em.find(MxState.class, code));
    }

    /** Every municipality with its state, in one query. */
    public List<MxMunicipality> municipalities() {
        return em.createQuery("from MxMunicipality m join fetch m.state", MxMunicipality.class).getResultList();
    }

    public Optional<MxMunicipality> municipality(String cvegeo) {
        return em.createQuery("from MxMunicipality m join fetch m.state where m.cvegeo = :cvegeo", MxMunicipality.class)
                .setParameter("cvegeo", cvegeo).getResultStream().findFirst();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public List<MunicipalityChange> changesAfter(String cvegeo, int afterIndex, int rows) {
        return em.createQuery("from MunicipalityChange where cvegeo = :cvegeo order by changedAt, id",
                        MunicipalityChange.class)
                .setParameter("cvegeo", cvegeo).setFirstResult(afterIndex).setMaxResults(rows).getResultList();
    }
}
