package org.cajaga.practices.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class StatisticsResource {

    private static final CacheControl ONE_MINUTE = CacheControl.valueOf("max-age=60");

    @Inject
    PracticeStatisticsService statisticsService;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(operationId = "getPracticeStatistics", summary = "Counts of published practices",
            description = "Per state, municipality, principle, SDG goal and classification, in two queries. Anonymous.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PracticeStatistics.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<PracticeStatistics> statistics() {
        PracticeStatistics statistics = statisticsService.statistics();
        return Preconditions.okOrNotModified(request, EntityTags.of(statistics), ONE_MINUTE, statistics);
    }
}
