package org.cajaga.scoring.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published criteria-set versions from taxonomy-service. A published version never changes, so each
 * is asked for once and kept; drafts are never kept (nor used for scoring).
 */
@ApplicationScoped
public class CriteriaCatalogue {

    private final Map<String, CriteriaSetVersion> published = new ConcurrentHashMap<>();

    @Inject
    GuardedTaxonomyClient taxonomy;

    /** The version, or empty when taxonomy-service does not know it (4xx); fails when taxonomy-service is down. */
    public Optional<CriteriaSetVersion> find(String criteriaSet, int number) {
        String key = criteriaSet + "/" + number;
        CriteriaSetVersion known = published.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        CriteriaSetVersion version;
        try {
            version = taxonomy.version(criteriaSet, number, "en");
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() < 500) {
                return Optional.empty();
            }
            throw refused;
        }
        if (version.published()) {
            published.put(key, version);
        }
        return Optional.of(version);
    }
}
