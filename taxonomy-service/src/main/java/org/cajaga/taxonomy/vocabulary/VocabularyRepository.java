package org.cajaga.taxonomy.vocabulary;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VocabularyRepository implements PanacheRepositoryBase<VocabularyTerm, UUID> {

    /** Terms in curator order (position, then code), starting after the given key. */
    public List<VocabularyTerm> pageAfter(VocabularyKind kind, Integer afterPosition, String afterCode, int rows) {
        if (afterPosition == null) {
            return find("kind = ?1 order by position, code", kind).page(0, rows).list();
        }
        return find("kind = :kind and (position > :position or (position = :position and code > :code))"
                        + " order by position, code",
                Parameters.with("kind", kind).and("position", afterPosition).and("code", afterCode))
                .page(0, rows).list();
    }

    public Optional<VocabularyTerm> findByCode(VocabularyKind kind, String code) {
        return find("kind = ?1 and code = ?2", kind, code).firstResultOptional();
    }

    public List<String> existingCodes(VocabularyKind kind, Collection<String> codes) {
        return getEntityManager()
                .createQuery("select t.code from VocabularyTerm t where t.kind = :kind and t.code in :codes", String.class)
                .setParameter("kind", kind)
                .setParameter("codes", codes)
                .getResultList();
    }

    /** Which of the given codes are criteria of some criteria-set version (draft or published). */
    @SuppressWarnings("unchecked")
    public List<String> existingCriterionCodes(Collection<String> codes) {
        return getEntityManager()
                .createNativeQuery("select distinct code from criterion where code in (:codes)", String.class)
                .setParameter("codes", codes)
                .getResultList();
    }
}
