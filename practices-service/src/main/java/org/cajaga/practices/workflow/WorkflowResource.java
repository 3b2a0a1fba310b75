package org.cajaga.practices.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.cajaga.practices.practice.PracticeService;
import org.cajaga.practices.practice.PracticeView;
import org.cajaga.support.http.IfMatch;
import org.cajaga.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices/{id: [0-9a-fA-F-]{36}}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
@Tag(name = "Publication workflow", description = "DRAFT → SUBMITTED → PUBLISHED → ARCHIVED; SUBMITTED or PUBLISHED "
        + "back to DRAFT. Each move needs `If-Match`; all but submit are for editors.")
@APIResponse(responseCode = "200", description = "The record in its new status",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeView.class)),
        headers = @Header(name = "ETag", ref = "ETag"))
@APIResponse(responseCode = "403", description = "Not allowed for your account (only editors publish, send back, withdraw "
        + "and archive), or outside your municipalities")
@APIResponse(responseCode = "404", description = "No such record, or not visible to you")
@APIResponse(responseCode = "409", description = "The record is not in the status this move starts from")
public class WorkflowResource {

    @Inject
    PracticeWorkflow workflow;

    @POST
    @Path("submit")
    @Operation(operationId = "submitPractice", summary = "Submit a draft for review",
            description = "DRAFT → SUBMITTED; by its owner or an editor.")
    public RestResponse<PracticeView> submit(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(workflow.apply(id, Transition.SUBMIT, ifMatch.expected()));
    }

    @POST
    @Path("publish")
    @Operation(operationId = "publishPractice", summary = "Publish",
            description = "SUBMITTED → PUBLISHED; editors. From now on anyone can read it.")
    public RestResponse<PracticeView> publish(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(workflow.apply(id, Transition.PUBLISH, ifMatch.expected()));
    }

    @POST
    @Path("request-changes")
    @Operation(operationId = "requestPracticeChanges", summary = "Send back for changes",
            description = "SUBMITTED → DRAFT; editors.")
    public RestResponse<PracticeView> requestChanges(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(workflow.apply(id, Transition.REQUEST_CHANGES, ifMatch.expected()));
    }

    @POST
    @Path("withdraw")
    @Operation(operationId = "withdrawPractice", summary = "Withdraw from publication",
            description = "PUBLISHED → DRAFT; editors. The change feed reports it.")
    public RestResponse<PracticeView> withdraw(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(workflow.apply(id, Transition.WITHDRAW, ifMatch.expected()));
    }

    @POST
    @Path("archive")
    @Operation(operationId = "archivePractice", summary = "Archive",
            description = "PUBLISHED → ARCHIVED; editors. The change feed reports it.")
    public RestResponse<PracticeView> archive(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(workflow.apply(id, Transition.ARCHIVE, ifMatch.expected()));
    }

    private static RestResponse<PracticeView> answer(PracticeView practice) {
        return RestResponse.ResponseBuilder.ok(practice).tag(PracticeService.versionOf(practice.id(), practice.version()).tag()).build();
    }
}
