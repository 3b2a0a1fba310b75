package org.cajaga.scoring.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cajaga.core.i18n.Language;

/**
 * Published criteria-set versions from taxonomy-service. A published version never changes, so each
 * is asked for once per language and kept; drafts are never kept (nor used for scoring). Scoring reads codes and
 * rules in English; the criteria's names are asked for in the language they are shown in.
 */
@ApplicationScoped
public class CriteriaCatalogue {

    private final Map<String, CriteriaSetVersion> published = new ConcurrentHashMap<>();

    @Inject
    GuardedTaxonomyClient taxonomy;

    /** The version, or empty when taxonomy-service does not know it (4xx); fails when taxonomy-service is down. */
    public Optional<CriteriaSetVersion> find(String criteriaSet, int number) {
        return find(criteriaSet, number, Language.EN);
    }

    /** The version with its criteria named in {@code language}; empty and failures as {@link #find(String, int)}. */
    public Optional<CriteriaSetVersion> find(String criteriaSet, int number, Language language) {
        String key = criteriaSet + "/" + number + "/" + language.tag();
        CriteriaSetVersion known = published.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        CriteriaSetVersion version;
        try {
            version = taxonomy.version(criteriaSet, number, language.tag());
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
