package org.cajaga.practices.reflection;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cajaga.support.http.IfMatch;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices/{id: [0-9a-fA-F-]{36}}/reflections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reflections", description = "Local actors reflect on published practices and say what they would adapt.")
public class ReflectionResource {

    private static final String REFLECTION = "{reflectionId: [0-9a-fA-F-]{36}}";

    @Inject
    ReflectionService reflections;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(operationId = "listReflections", summary = "Reflections on a practice",
            description = "Public, oldest first; hidden ones only for editors.")
    @APIResponse(responseCode = "200", description = "One page of reflections; `Link: rel=\"next\"` when there are more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReflectionPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "404", description = "No such practice, or not visible to you")
    public RestResponse<Page<ReflectionView>> list(
            @PathParam("id") @Parameter(description = "The practice's id") UUID practiceId,
            @BeanParam PageParams paging) {
        Page<ReflectionView> page = reflections.list(practiceId, paging);
        return PageResponses.of(page, page.items().stream().map(r -> r.id() + ":" + r.version()), uri, request,
                CacheControl.valueOf("no-cache"));
    }

    @POST
    @Authenticated
    @Operation(operationId = "createReflection", summary = "Post a reflection",
            description = "Any signed-in person, on a published practice.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` point at the new reflection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReflectionView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", description = "No such practice, or not visible to you")
    @APIResponse(responseCode = "409", description = "The practice is not published")
    @APIResponse(responseCode = "422", description = "Invalid fields, unknown sector or municipality")
    public RestResponse<ReflectionView> post(
            @PathParam("id") @Parameter(description = "The practice's id") UUID practiceId,
            @NotNull @Valid ReflectionInput input) {
        ReflectionView created = reflections.post(practiceId, input);
        return RestResponse.ResponseBuilder.<ReflectionView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ReflectionService.versionOf(created.id(), created.version()).tag()).entity(created).build();
    }

    @GET
    @Path(REFLECTION)
    @PermitAll
    @Operation(operationId = "getReflection", summary = "One reflection",
            description = "Public when shown; a hidden one only for editors and its author. Webhook events "
                    + "`reflection.published` link here.")
    @APIResponse(responseCode = "200", description = "The reflection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReflectionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such practice or reflection, or not visible to you")
    public RestResponse<ReflectionView> get(
            @PathParam("id") @Parameter(description = "The practice's id") UUID practiceId,
            @PathParam("reflectionId") @Parameter(description = "The reflection's id") UUID id) {
        ReflectionView view = reflections.get(practiceId, id);
        return Preconditions.okOrNotModified(request, ReflectionService.versionOf(view.id(), view.version()).tag(),
                CacheControl.valueOf("no-cache"), view);
    }

    @PUT
    @Path(REFLECTION)
    @Authenticated
    @Operation(operationId = "replaceReflection", summary = "Edit your reflection",
            description = "Only its author; send `If-Match`.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReflectionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such reflection")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public RestResponse<ReflectionView> edit(
            @PathParam("id") @Parameter(description = "The practice's id") UUID practiceId,
            @PathParam("reflectionId") @Parameter(description = "The reflection's id") UUID id,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid ReflectionInput input) {
        return withTag(reflections.edit(practiceId, id, input, ifMatch.expected()));
    }

    @PUT
    @Path(REFLECTION + "/moderation")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "moderateReflection", summary = "Hide or show a reflection",
            description = "Editors; a hidden reflection is kept and flagged.")
    @APIResponse(responseCode = "200", description = "Moderated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReflectionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such reflection")
    public RestResponse<ReflectionView> moderate(
            @PathParam("id") @Parameter(description = "The practice's id") UUID practiceId,
            @PathParam("reflectionId") @Parameter(description = "The reflection's id") UUID id,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid Moderation moderation) {
        return withTag(reflections.moderate(practiceId, id, moderation.hidden(), moderation.reason(), ifMatch.expected()));
    }

    private static RestResponse<ReflectionView> withTag(ReflectionView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(ReflectionService.versionOf(view.id(), view.version()).tag()).build();
    }
}
