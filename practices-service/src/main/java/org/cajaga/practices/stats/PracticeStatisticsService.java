package org.cajaga.practices.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cajaga.practices.config.ReadTimeout;
import org.cajaga.practices.search.PracticeFilters;
import org.cajaga.practices.search.PracticeQuery;
import org.cajaga.practices.search.PracticeSearch;
import org.cajaga.practices.search.SearchPage;

/** Counts of published practices for portals' dashboards. */
@ApplicationScoped
public class PracticeStatisticsService {

    @Inject
    EntityManager em;

    @Inject
    ReadTimeout timeout;

    @Inject
    PracticeSearch search;

    /** Published practices per state, municipality, principle, SDG goal and classification, in two queries. */
    public PracticeStatistics statistics() {
        PracticeQuery published = PracticeQuery.of(new PracticeFilters(), "").publishedOnly();
        SearchPage.Facets facets = search.facets(published);
        Query perMunicipality = em.createNativeQuery("select m, count(*) from practice p, unnest(p.municipalities) m where "
                + published.where() + " group by m", Object[].class);
        timeout.bound(perMunicipality);
        published.parameters().forEach(perMunicipality::setParameter);
        Map<String, Long> byMunicipality = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = perMunicipality.getResultList();
        rows.forEach(row -> byMunicipality.put((String) row[0], ((Number) row[1]).longValue()));
        long total = facets.state().values().stream().mapToLong(Long::longValue).sum();
        return new PracticeStatistics(total, facets.state(), byMunicipality, facets.principle(), facets.sdgGoal(),
                facets.classification());
    }

}
