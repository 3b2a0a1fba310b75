package org.cajaga.taxonomy.criteria;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CriteriaSetRepository implements PanacheRepositoryBase<CriteriaSet, UUID> {

    public Optional<CriteriaSet> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<CriteriaSet> pageAfter(String afterCode, int rows) {
        if (afterCode == null) {
            return find("order by code").page(0, rows).list();
        }
        return find("code > ?1 order by code", afterCode).page(0, rows).list();
    }
}
