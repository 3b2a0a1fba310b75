package org.cajaga.taxonomy.sdg;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.http.QueryParams;
import org.cajaga.support.i18n.RequestLanguage;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.taxonomy.config.CachePolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @Inject
    SdgService sdg;

    @Inject
    RequestLanguage language;

    @Inject
    CachePolicy cache;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @Path("goals")
    @Operation(summary = "List the goals", description = "The 17 SDGs in order.")
    @APIResponse(responseCode = "200", description = "One page of goals")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "400", description = "Invalid `limit` or `cursor`")
    public RestResponse<Page<SdgViews.Goal>> goals(@BeanParam PageParams paging) {
        return page(sdg.goals(paging, language.get()));
    }

    @GET
    @Path(GOAL)
    @Operation(summary = "Get a goal", description = "One SDG by number, e.g. `/sdg/goals/5`.")
    @APIResponse(responseCode = "200", description = "The goal")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No goal with this number")
    public RestResponse<SdgViews.Goal> goal(@PathParam("number") @Parameter(example = "5") int number) {
        return single("goal/" + number, sdg.goal(number, language.get()));
    }

    @GET
    @Path(GOAL + "/targets")
    @Operation(summary = "List the targets of a goal", description = "In UN order: numbered targets, then lettered ones.")
    @APIResponse(responseCode = "200", description = "One page of targets")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "400", description = "Invalid `limit` or `cursor`")
    @APIResponse(responseCode = "404", description = "No goal with this number")
    public RestResponse<Page<SdgViews.Target>> targetsOfGoal(@PathParam("number") @Parameter(example = "5") int number,
                                  @BeanParam PageParams paging) {
        return page(sdg.targets(number, paging, language.get()));
    }

    @GET
    @Path("targets")
    @Operation(summary = "List targets", description = "All 169 targets in UN order, or those of one goal with `goal`.")
    @APIResponse(responseCode = "200", description = "One page of targets")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "400", description = "Invalid `limit` or `cursor`")
    @APIResponse(responseCode = "404", description = "No goal with the number given in `goal`")
    public RestResponse<Page<SdgViews.Target>> targets(@QueryParam("goal") @Parameter(description = "Only targets of this goal", example = "5")
                            String goal,
                            @BeanParam PageParams paging) {
        return page(sdg.targets(QueryParams.optionalInt("goal", goal), paging, language.get()));
    }

    @GET
    @Path("targets/{code}")
    @Operation(summary = "Get a target", description = "One target by UN code, e.g. `/sdg/targets/5.5`, with its indicators.")
    @APIResponse(responseCode = "200", description = "The target")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No target with this code")
    public RestResponse<SdgViews.Target> target(@PathParam("code") @Parameter(example = "5.5") String code) {
        return single("target/" + code, sdg.target(code, language.get()));
    }

    @GET
    @Path("indicators/{code}")
    @Operation(summary = "Get an indicator", description = "One global indicator by code, e.g. `/sdg/indicators/5.5.1`.")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No indicator with this code")
    public RestResponse<SdgViews.Indicator> indicator(@PathParam("code") @Parameter(example = "5.5.1") String code) {
        return single("indicator/" + code, sdg.indicator(code, language.get()));
    }

    private <T> RestResponse<Page<T>> page(Page<T> page) {
        return PageResponses.of(page, Stream.of(SdgService.DATA_EDITION), uri, request,
                cache.publicRead(), language.get());
    }

    private <T> RestResponse<T> single(String identity, T body) {
        return Preconditions.okOrNotModified(request,
                EntityTags.of(identity, SdgService.DATA_EDITION, language.get()), cache.publicRead(), body);
    }
}
