package org.cajaga.taxonomy.vocabulary;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VocabularyRepository implements PanacheRepositoryBase<VocabularyTerm, UUID> {

    public Optional<VocabularyTerm> findByCode(VocabularyKind kind, String code) {
        return find("kind = ?1 and code = ?2", kind, code).firstResultOptional();
    }

    /** Which of the given codes are criteria of some criteria-set version (draft or published). */
    @SuppressWarnings("unchecked")
    public List<String> existingCriterionCodes(Collection<String> codes) {
        return getEntityManager()
                .createNativeQuery("select distinct code from criterion where code in (:codes)")
                .setParameter("codes", codes)
                .getResultList();
    }
}
