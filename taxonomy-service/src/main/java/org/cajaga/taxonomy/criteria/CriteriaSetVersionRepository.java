package org.cajaga.taxonomy.criteria;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CriteriaSetVersionRepository implements PanacheRepositoryBase<CriteriaSetVersion, UUID> {

    private static final String WITH_CRITERIA =
            "select distinct v from CriteriaSetVersion v join fetch v.criteriaSet s left join fetch v.criteria ";

    /** One version with its criteria, in one query. */
    public Optional<CriteriaSetVersion> findWithCriteria(String setCode, int number) {
        return find(WITH_CRITERIA + "where s.code = ?1 and v.number = ?2", setCode, number).firstResultOptional();
    }

    /** The highest published version, with its criteria. */
    public Optional<CriteriaSetVersion> findCurrent(String setCode) {
        return find(WITH_CRITERIA + "where s.code = ?1 and v.status = ?2 and v.number = "
                        + "(select max(p.number) from CriteriaSetVersion p where p.criteriaSet = s and p.status = ?2)",
                setCode, VersionStatus.PUBLISHED).firstResultOptional();
    }

    /** Versions of a set without their criteria, oldest first. */
    public List<CriteriaSetVersion> listOf(String setCode) {
        return find("criteriaSet.code = ?1 order by number", setCode).list();
    }

    /** Versions of several sets at once, so a list of sets costs one query more, not one per set. */
    public List<CriteriaSetVersion> listOf(Collection<UUID> setIds) {
        return find("criteriaSet.id in ?1 order by number", setIds).list();
    }

    /** Every published version, by its set's code and its number; for batch code validation. */
    public List<PublishedVersions.Key> published() {
        return getEntityManager().createQuery("select s.code, v.number from CriteriaSetVersion v join v.criteriaSet s"
                        + " where v.status = :published", Object[].class)
                .setParameter("published", VersionStatus.PUBLISHED).getResultStream()
                .map(row -> new PublishedVersions.Key((String) row[0], (Integer) row[1])).toList();
    }
}
