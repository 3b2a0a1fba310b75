package org.cajaga.practices.practice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PracticeRepository implements PanacheRepositoryBase<Practice, UUID> {

    public Optional<Practice> findBySource(String sourceSystem, String externalId) {
        return find("sourceSystem = ?1 and externalId = ?2", sourceSystem, externalId).firstResultOptional();
    }

    /** The records of one source with the given external ids, in one query (bulk pushes). */
    public List<Practice> findBySource(String sourceSystem, Collection<String> externalIds) {
        return list("sourceSystem = ?1 and externalId in ?2", sourceSystem, externalIds);
    }
}
