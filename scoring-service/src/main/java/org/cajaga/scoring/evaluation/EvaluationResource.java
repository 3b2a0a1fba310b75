package org.cajaga.scoring.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cajaga.support.http.IfMatch;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.http.QueryParams;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Evaluations of practices against the criteria: drafts, submission, corrections.")
public class EvaluationResource {

    static final String ID = "{id: [0-9a-fA-F-]{36}}";

    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    /** How an evaluation is created and submitted while practices-service is down; said by both operations. */
    private static final String PRACTICES_DOWN = "When practices-service cannot be reached (no connection, timeout, "
            + "5xx, circuit open), what scoring-service last read of the practice stands in: the evaluation is accepted "
            + "if the practice was SUBMITTED or PUBLISHED then and visible to you by practices-service's rule (a "
            + "published practice to anyone, any practice to admin, curator, editor and evaluator, an integrator's "
            + "own practice to them). Its classification reaches practices-service through the outbox once "
            + "practices-service answers again. A practice not seen that way is a 503 with `Retry-After`.";

    @Inject
    EvaluationService evaluations;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "createEvaluation", summary = "Start an evaluation",
            description = "Creates a DRAFT pinned to a published criteria-set version. "
                    + "The practice is read from practices-service with your token and must be SUBMITTED or PUBLISHED. "
                    + "EXPERT_REVIEW needs the role `evaluator`; SELF_ASSESSMENT is for the practice's own integrator or an editor. "
                    + PRACTICES_DOWN)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationInput.class),
            examples = @ExampleObject(name = "expertReview", summary = "An expert review started with two verdicts",
                    value = EvaluationExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "The draft; `Location` and `ETag` point at it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "403", description = "Role too weak for this kind, or not your practice")
    @APIResponse(responseCode = "409", description = "The practice is not open to review, or you already have an evaluation of it under this version")
    @APIResponse(responseCode = "422", description = "Invalid fields, unknown or draft version, unknown or duplicate criteria, unknown practice")
    @APIResponse(responseCode = "503", description = "taxonomy-service does not answer, or practices-service does not "
            + "answer and the practice was not seen open to review for you before; nothing stored")
    public RestResponse<EvaluationView> create(@NotNull @Valid EvaluationInput input) {
        EvaluationView created = evaluations.create(input);
        return RestResponse.ResponseBuilder.<EvaluationView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(tagOf(created)).entity(created).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listEvaluations", summary = "List evaluations",
            description = "Admins, editors and evaluators see all; anyone else their own. Oldest first, cursor paging.")
    @APIResponse(responseCode = "200", description = "One page; `Link: rel=\"next\"` when there is more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    public RestResponse<Page<EvaluationView>> list(
            @QueryParam("practiceId") @Parameter(description = "Only this practice's evaluations",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", minLength = 36, maxLength = 36),
                    example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") String practiceId,
            @QueryParam("status") @Parameter(description = "DRAFT, SUBMITTED or SUPERSEDED",
                    schema = @Schema(implementation = EvaluationStatus.class)) String status,
            @QueryParam("kind") @Parameter(description = "EXPERT_REVIEW or SELF_ASSESSMENT",
                    schema = @Schema(implementation = EvaluationKind.class)) String kind,
            @BeanParam PageParams page) {
        Page<EvaluationView> result = evaluations.list(QueryParams.optionalUuid("practiceId", practiceId),
                QueryParams.optionalEnum("status", status, EvaluationStatus.class),
                QueryParams.optionalEnum("kind", kind, EvaluationKind.class), page);
        return PageResponses.of(result, result.items().stream().map(e -> e.id() + ":" + e.version()), uri, request, REVALIDATE);
    }

    @GET
    @Path(ID)
    @Authenticated
    @Operation(operationId = "getEvaluation", summary = "Get an evaluation",
            description = "Its author, admins, editors and evaluators may read it.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to you")
    public RestResponse<EvaluationView> get(@PathParam("id") UUID id) {
        EvaluationView evaluation = evaluations.get(id);
        return Preconditions.okOrNotModified(request, tagOf(evaluation), REVALIDATE, evaluation);
    }

    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "replaceEvaluation", summary = "Replace the verdicts of a draft",
            description = "Only the author, only while DRAFT; send `If-Match`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DraftChange.class),
            examples = @ExampleObject(name = "moreVerdicts", summary = "The draft with a third verdict",
                    value = EvaluationExamples.REPLACE)))
    @APIResponse(responseCode = "200", description = "The changed draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not your evaluation")
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to you")
    @APIResponse(responseCode = "409", description = "Already submitted: submitted evaluations never change")
    @APIResponse(responseCode = "422", description = "Invalid fields, unknown or duplicate criteria")
    public RestResponse<EvaluationView> replace(
            @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid DraftChange change) {
        return withTag(evaluations.replaceVerdicts(id, ifMatch.expected(), change));
    }

    @DELETE
    @Path(ID)
    @RolesAllowed({Roles.EVALUATOR, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "deleteEvaluation", summary = "Delete a draft",
            description = "Only the author, only while DRAFT; send `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not your evaluation")
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to you")
    @APIResponse(responseCode = "409", description = "Already submitted")
    @APIResponse(responseCode = "422", description = "`If-Match` is longer than an entity tag can be")
    public RestResponse<Void> delete(
            @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        evaluations.deleteDraft(id, ifMatch.expected());
        return RestResponse.noContent();
    }

    @POST
    @Path(ID + "/submit")
    @RolesAllowed({Roles.EVALUATOR, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "submitEvaluation", summary = "Submit an evaluation",
            description = "Every criterion of the version needs exactly one verdict "
                    + "and every MET a justification. A submitted evaluation never changes. Submitting an expert review "
                    + "consolidates the practice again; a changed classification reaches practices-service through the outbox. "
                    + "The practice is read again and must still be SUBMITTED or PUBLISHED. " + PRACTICES_DOWN
                    + " Send `If-Match`.")
    @APIResponse(responseCode = "200", description = "The submitted evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not your evaluation")
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to you")
    @APIResponse(responseCode = "409", description = "Already submitted, or the practice is no longer open to review")
    @APIResponse(responseCode = "422", description = "Missing criteria, MET without justification, or the practice is gone")
    @APIResponse(responseCode = "503", description = "taxonomy-service does not answer, or practices-service does not "
            + "answer and the practice was not seen open to review for you before; nothing changed")
    public RestResponse<EvaluationView> submit(
            @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return withTag(evaluations.submit(id, ifMatch.expected()));
    }

    @POST
    @Path(ID + "/revisions")
    @RolesAllowed({Roles.EVALUATOR, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "reviseEvaluation", summary = "Correct a submitted evaluation",
            description = "Creates a DRAFT revision with the same verdicts. "
                    + "When it is submitted it supersedes the original, which stays readable in the history.")
    @APIResponse(responseCode = "201", description = "The new draft revision; `Location` and `ETag` point at it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "403", description = "Not your evaluation")
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to you")
    @APIResponse(responseCode = "409", description = "Not a current submitted evaluation, or a revision is already a draft")
    public RestResponse<EvaluationView> revise(@PathParam("id") UUID id) {
        EvaluationView revision = evaluations.revise(id);
        return RestResponse.ResponseBuilder.<EvaluationView>created(uri.getBaseUriBuilder().path("api/v1/evaluations")
                        .path(revision.id().toString()).build())
                .tag(tagOf(revision)).entity(revision).build();
    }

    private static RestResponse<EvaluationView> withTag(EvaluationView evaluation) {
        return RestResponse.ResponseBuilder.ok(evaluation).tag(tagOf(evaluation)).build();
    }

    private static EntityTag tagOf(EvaluationView evaluation) {
        return EvaluationService.versionOf(evaluation.id(), evaluation.version()).tag();
    }
}
