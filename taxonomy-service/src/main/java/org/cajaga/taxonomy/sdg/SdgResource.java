package org.cajaga.taxonomy.sdg;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import java.util.stream.Stream;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.http.QueryParams;
import org.cajaga.support.i18n.RequestLanguage;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.problem.Problems;
import org.cajaga.taxonomy.config.CachePolicy;
import org.cajaga.taxonomy.snapshot.TaxonomySnapshots;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/taxonomy/sdg")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Sustainable Development Goals", description = "The 17 SDGs, their 169 targets and global indicators "
        + "(UN wording via open-sdg, es/en). Read-only reference data.")
public class SdgResource {

    private static final String GOAL = "goals/{number: [0-9]+}";
    /** Goal numbers have two digits at most; the UN counts 17 today. */
    public static final int MAX_GOAL = 99;
    /** A goal number, then a target number or letter: 5.5, 5.a. */
    private static final String TARGET_CODE = "[0-9]{1,2}\\.([0-9]{1,2}|[a-z])";
    private static final String INDICATOR_CODE = TARGET_CODE + "\\.[0-9]{1,2}";

    @Inject
    TaxonomySnapshots snapshots;

    @Inject
    RequestLanguage language;

    @Inject
    CachePolicy cache;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @NonBlocking
    @Path("goals")
    @Operation(operationId = "listSdgGoals", summary = "List the goals", description = "The 17 SDGs in order.")
    @APIResponse(responseCode = "200", description = "One page of goals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgViews.GoalPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    public RestResponse<Page<SdgViews.Goal>> goals(@BeanParam PageParams paging) {
        return page(sdg().goals(paging, language.get()));
    }

    @GET
    @NonBlocking
    @Path(GOAL)
    @Operation(operationId = "getSdgGoal", summary = "Get a goal", description = "One SDG by number, e.g. `/sdg/goals/5`.")
    @APIResponse(responseCode = "200", description = "The goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgViews.Goal.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No goal with this number")
    public RestResponse<SdgViews.Goal> goal(
            @PathParam("number") @Min(1) @Max(MAX_GOAL) @Parameter(example = "5") int number) {
        return single(sdg().goal(number));
    }

    @GET
    @NonBlocking
    @Path(GOAL + "/targets")
    @Operation(operationId = "listSdgGoalTargets", summary = "List the targets of a goal",
            description = "In UN order: numbered targets, then lettered ones.")
    @APIResponse(responseCode = "200", description = "One page of targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgViews.TargetPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "404", description = "No goal with this number")
    public RestResponse<Page<SdgViews.Target>> targetsOfGoal(
            @PathParam("number") @Min(1) @Max(MAX_GOAL) @Parameter(example = "5") int number,
            @BeanParam PageParams paging) {
        return page(sdg().targets(number, paging, language.get()));
    }

    @GET
    @NonBlocking
    @Path("targets")
    @Operation(operationId = "listSdgTargets", summary = "List targets",
            description = "All 169 targets in UN order, or those of one goal with `goal`.")
    @APIResponse(responseCode = "200", description = "One page of targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgViews.TargetPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "404", description = "No goal with the number given in `goal`")
    public RestResponse<Page<SdgViews.Target>> targets(
            @QueryParam("goal")
                @Parameter(description = "Only targets of this goal",
                        schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_GOAL),
                        example = "5") String goal,
            @BeanParam PageParams paging) {
        return page(sdg().targets(goalFilter(goal), paging, language.get()));
    }

    @GET
    @NonBlocking
    @Path("targets/{code}")
    @Operation(operationId = "getSdgTarget", summary = "Get a target",
            description = "One target by UN code, e.g. `/sdg/targets/5.5`, with its indicators.")
    @APIResponse(responseCode = "200", description = "The target",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgViews.Target.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No target with this code")
    public RestResponse<SdgViews.Target> target(
            @PathParam("code") @Pattern(regexp = "^" + TARGET_CODE + "$") @Size(max = 5)
                @Parameter(example = "5.5") String code) {
        return single(sdg().target(code));
    }

    @GET
    @NonBlocking
    @Path("indicators/{code}")
    @Operation(operationId = "getSdgIndicator", summary = "Get an indicator",
            description = "One global indicator by code, e.g. `/sdg/indicators/5.5.1`.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SdgViews.Indicator.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No indicator with this code")
    public RestResponse<SdgViews.Indicator> indicator(
            @PathParam("code") @Pattern(regexp = "^" + INDICATOR_CODE + "$") @Size(max = 8)
                @Parameter(example = "5.5.1") String code) {
        return single(sdg().indicator(code));
    }

    /** The {@code goal} filter, which takes the same goal numbers as the goal path. */
    private static Integer goalFilter(String goal) {
        Integer number = QueryParams.optionalInt("goal", goal);
        if (number != null && (number < 1 || number > MAX_GOAL)) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'goal' debe estar entre 1 y " + MAX_GOAL + ".",
                    "The 'goal' parameter must be between 1 and " + MAX_GOAL + ".");
        }
        return number;
    }

    private SdgCatalogue sdg() {
        return snapshots.current().sdg();
    }

    private <T> RestResponse<Page<T>> page(Page<T> page) {
        return PageResponses.of(page, Stream.of(SdgCatalogue.DATA_EDITION), uri, request,
                cache.publicRead(), language.get());
    }

    private <T> RestResponse<T> single(SdgCatalogue.Item<T> item) {
        return Preconditions.okOrNotModified(request, item.tags().in(language.get()), cache.publicRead(),
                item.views().in(language.get()));
    }
}
