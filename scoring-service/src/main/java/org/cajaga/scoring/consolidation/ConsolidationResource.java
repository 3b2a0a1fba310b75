package org.cajaga.scoring.consolidation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cajaga.scoring.criteria.CriteriaSetBounds;
import org.cajaga.scoring.practice.PracticeLookup;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.http.QueryParams;
import org.cajaga.support.i18n.CurrentLanguage;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.security.Caller;
import org.cajaga.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores", description = "Consolidated verdicts, agreement between evaluators, classification and deciding reviews.")
public class ConsolidationResource {

    private static final String PRACTICE = "practices/{id: [0-9a-fA-F-]{36}}";
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    @Inject
    ScoreService scores;

    @Inject
    DecidingReview decidingReview;

    @Inject
    PracticeLookup practices;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @Path(PRACTICE + "/score")
    @PermitAll
    @Operation(operationId = "getPracticeScore", summary = "Explain a practice's classification",
            description = "Criteria met, percentage, consolidated verdict per criterion (majority; ties DISPUTED until a "
                    + "deciding review), agreement (percent per criterion and Fleiss' kappa), the rule of the version "
                    + "that gave the class, and the evaluations counted. Without parameters, the most recently "
                    + "consolidated version. Anyone may read the score of a PUBLISHED practice; the score of a "
                    + "practice that is not published (DRAFT, SUBMITTED, ARCHIVED) only staff (admin, curator, "
                    + "editor, evaluator) see. The practice is read from practices-service with the caller's token, "
                    + "so a deleted practice, or one the caller may not see there, has no score either.")
    @APIResponse(responseCode = "200", description = "The score",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Only one of `criteriaSet` and `criteriaSetVersion` given, "
            + "or the version is not a number from 1 to " + CriteriaSetBounds.MAX_VERSION)
    @APIResponse(responseCode = "404", description = "The practice does not exist, was deleted, or is not published and "
            + "the caller is not staff; or it has no submitted expert evaluation (under that version)")
    @APIResponse(responseCode = "422", description = "`criteriaSet` is not a criteria-set code")
    @APIResponse(responseCode = "503", description = "practices-service does not answer, so whether the practice may be "
            + "shown is not known")
    public RestResponse<ScoreView> score(
            @PathParam("id") UUID id,
            @QueryParam("criteriaSet") @Size(max = CriteriaSetBounds.SET_CODE_MAX_LENGTH)
            @Pattern(regexp = CriteriaSetBounds.SET_CODE_PATTERN)
            @Parameter(description = "Code of the criteria set; give it with `criteriaSetVersion`", example = "mapeo-2022",
                    schema = @Schema(type = SchemaType.STRING, maxLength = CriteriaSetBounds.SET_CODE_MAX_LENGTH,
                            pattern = CriteriaSetBounds.SET_CODE_PATTERN)) String criteriaSet,
            @QueryParam("criteriaSetVersion")
            @Parameter(description = "Version of the criteria set; give it with `criteriaSet`", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + CriteriaSetBounds.MAX_VERSION)) String version) {
        Integer versionNumber = QueryParams.optionalInt("criteriaSetVersion", version);
        scores.checkParameters(criteriaSet, versionNumber);
        practices.requireScoreVisible(id);
        ScoreView score = scores.score(id, criteriaSet, versionNumber);
        return Preconditions.okOrNotModified(request,
                EntityTags.of("score", score.consolidationId(), score.decidedAt(), CurrentLanguage.get()), REVALIDATE, score);
    }

    @POST
    @Path(PRACTICE + "/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "settleDispute", summary = "Settle tied criteria (deciding review)",
            description = "An admin gives the verdict of criteria on which the expert evaluations tie. The practice is "
                    + "consolidated again; a changed classification reaches practices-service through the outbox. "
                    + "A further expert evaluation that breaks the tie takes precedence.")
    @APIResponse(responseCode = "200", description = "The new score",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreView.class)))
    @APIResponse(responseCode = "403", description = "Only admins decide")
    @APIResponse(responseCode = "404", description = "The practice has no consolidation under that version")
    @APIResponse(responseCode = "409", description = "A criterion given is not tied")
    @APIResponse(responseCode = "422", description = "Invalid fields, unknown or duplicate criteria, unknown version")
    @APIResponse(responseCode = "503", description = "taxonomy-service does not answer; nothing changed")
    public ScoreView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionInput input) {
        return decidingReview.decide(id, input, caller.name());
    }

    @GET
    @Path("disputes")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "listDisputes", summary = "Practices waiting for a deciding review",
            description = "Scores with tied criteria, oldest first.")
    @APIResponse(responseCode = "200", description = "One page; `Link: rel=\"next\"` when there is more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorePage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "403", description = "Only admins and evaluators")
    public RestResponse<Page<ScoreView>> disputes(@BeanParam PageParams page) {
        Page<ScoreView> result = scores.disputes(page);
        return PageResponses.of(result, result.items().stream().map(s -> s.consolidationId() + ":" + s.decidedAt()), uri,
                request, REVALIDATE, CurrentLanguage.get());
    }
}
