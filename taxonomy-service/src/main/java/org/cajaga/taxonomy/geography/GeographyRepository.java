package org.cajaga.taxonomy.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cajaga.support.geography.SizeClass;

@ApplicationScoped
public class GeographyRepository {

    @Inject
    EntityManager em;

    public List<MxState> statesAfter(String afterCode, int rows) {
        return em.createQuery("from MxState where code > :after order by code", MxState.class)
                .setParameter("after", afterCode).setMaxResults(rows).getResultList();
    }

    public Optional<MxState> state(String code) {
        return Optional.ofNullable(em.find(MxState.class, code));
    }

    public long municipalityCount(String stateCode) {
        return em.createQuery("select count(m) from MxMunicipality m where m.state.code = :state", Long.class)
                .setParameter("state", stateCode).getSingleResult();
    }

    /** Municipality count per state code, in one query. */
    public Map<String, Long> municipalityCounts() {
        return em.createQuery("select m.state.code, count(m) from MxMunicipality m group by m.state.code", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** Municipalities by CVEGEO, optionally of one state, matching a name fragment and/or of one size class. */
    public List<MxMunicipality> municipalitiesAfter(String state, String query, SizeClass size, String afterCvegeo,
                                                    int rows) {
        return em.createQuery("from MxMunicipality m join fetch m.state s where m.cvegeo > :after"
                        + " and (:state is null or s.code = :state)"
                        + " and (:pattern is null or m.searchName like :pattern escape '\\')"
                        + " and (:sized = false or (cast(m.population as Long) >= :from and cast(m.population as Long) < :below))"
                        + " order by m.cvegeo", MxMunicipality.class)
                .setParameter("after", afterCvegeo)
                .setParameter("state", state)
                .setParameter("pattern", query == null ? null : SearchText.containsPattern(query))
                .setParameter("sized", size != null)
                .setParameter("from", size == null ? 0L : size.from())
                .setParameter("below", size == null ? 0L : size.below())
                .setMaxResults(rows).getResultList();
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

    public List<String> existingMunicipalities(Collection<String> cvegeos) {
        return em.createQuery("select cvegeo from MxMunicipality where cvegeo in :codes", String.class)
                .setParameter("codes", cvegeos).getResultList();
    }

    public List<String> existingStates(Collection<String> codes) {
        return em.createQuery("select code from MxState where code in :codes", String.class)
                .setParameter("codes", codes).getResultList();
    }
}
