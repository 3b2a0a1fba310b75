package org.cajaga.scoring.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Statistics", description = "Anonymous, cacheable figures on classifications, criteria and agreement of published practices, for dashboards and reports.")
public class StatisticsResource {

    /** Figures move when evaluations are submitted; a minute of staleness is fine for dashboards. */
    private static final CacheControl ONE_MINUTE = CacheControl.valueOf("public, max-age=60");

    /** Said by every operation: the figures are the same for every caller, and never count unpublished practices. */
    private static final String PUBLISHED_ONLY = " Only practices whose latest status known to scoring-service is "
            + "PUBLISHED are counted, for every caller (staff included): a submitted, withdrawn, archived or deleted "
            + "practice is not.";

    @Inject
    ScoringStatistics statistics;

    @Context
    Request request;

    @GET
    @Path("classifications")
    @Operation(operationId = "getClassificationCounts", summary = "Practices per classification",
            description = "E.g. 13 emblematic, 28 good practices, 41 in total." + PUBLISHED_ONLY)
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationCounts.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<ClassificationCounts> classifications() {
        return cacheable(statistics.classifications());
    }

    @GET
    @Path("by-state")
    @Operation(operationId = "getClassificationsByState", summary = "Classifications per state",
            description = "INEGI state code of the practice's location." + PUBLISHED_ONLY)
    @APIResponse(responseCode = "200", description = "One entry per state with evaluated practices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GroupCounts.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<List<GroupCounts>> byState() {
        return cacheable(statistics.byState());
    }

    @GET
    @Path("by-sdg-goal")
    @Operation(operationId = "getClassificationsBySdgGoal", summary = "Classifications per SDG goal",
            description = "A practice counts once under each goal it contributes to." + PUBLISHED_ONLY)
    @APIResponse(responseCode = "200", description = "One entry per goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GroupCounts.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<List<GroupCounts>> bySdgGoal() {
        return cacheable(statistics.bySdgGoal());
    }

    @GET
    @Path("by-principle")
    @Operation(operationId = "getClassificationsByPrinciple", summary = "Classifications per open-government principle",
            description = "A practice counts once under each of its principles." + PUBLISHED_ONLY)
    @APIResponse(responseCode = "200", description = "One entry per principle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GroupCounts.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<List<GroupCounts>> byPrinciple() {
        return cacheable(statistics.byPrinciple());
    }

    @GET
    @Path("criteria")
    @Operation(operationId = "getCriterionRates", summary = "How often each criterion is met",
            description = "Per criteria-set version, over practices with "
            + "enough expert evaluations: consolidated MET, NOT_MET and tied counts and the percent met." + PUBLISHED_ONLY)
    @APIResponse(responseCode = "200", description = "One entry per criteria-set version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CriterionRates.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<List<CriterionRates>> criteria() {
        return cacheable(statistics.criteria());
    }

    @GET
    @Path("agreement")
    @Operation(operationId = "getAgreement", summary = "Agreement between evaluators overall",
            description = "Mean Fleiss' kappa and mean percent agreement "
            + "over practices with two or more expert evaluations, and how many wait for a deciding review." + PUBLISHED_ONLY)
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgreementSummary.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public RestResponse<AgreementSummary> agreement() {
        return cacheable(statistics.agreement());
    }

    private <T> RestResponse<T> cacheable(T body) {
        return Preconditions.okOrNotModified(request, EntityTags.of(body), ONE_MINUTE, body);
    }
}
