package org.cajaga.practices.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cajaga.practices.search.PracticeFilters;
import org.cajaga.practices.search.PracticeQuery;
import org.cajaga.practices.search.PracticeSearch;
import org.cajaga.practices.search.SearchPage;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class StatisticsResource {

    private static final CacheControl ONE_MINUTE = CacheControl.valueOf("max-age=60");

    @Inject
    PracticeSearch search;

    @Inject
    EntityManager em;

    @Context
    Request request;

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "Counts of published practices",
            description = "Per state, municipality, principle, SDG goal and classification, in two queries. Anonymous.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    public RestResponse<PracticeStatistics> statistics() {
        PracticeQuery published = PracticeQuery.of(new PracticeFilters(), "").publishedOnly();
        SearchPage.Facets facets = search.facets(published);
        Map<String, Long> byMunicipality = new TreeMap<>();
        Query perMunicipality = em.createNativeQuery("select m, count(*) from practice p, unnest(p.municipalities) m where "
                + published.where() + " group by m", Object[].class);
        published.parameters().forEach(perMunicipality::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = perMunicipality.getResultList();
        rows.forEach(row -> byMunicipality.put((String) row[0], ((Number) row[1]).longValue()));
        long total = facets.state().values().stream().mapToLong(Long::longValue).sum();
        PracticeStatistics statistics = new PracticeStatistics(total, facets.state(), byMunicipality, facets.principle(),
                facets.sdgGoal(), facets.classification());
        return Preconditions.okOrNotModified(request, EntityTags.of(statistics), ONE_MINUTE, statistics);
    }
}
