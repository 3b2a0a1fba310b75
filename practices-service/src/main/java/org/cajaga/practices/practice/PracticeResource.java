package org.cajaga.practices.practice;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cajaga.practices.audit.AuditTrail;
import org.cajaga.practices.audit.ChangePage;
import org.cajaga.practices.audit.ChangeView;
import org.cajaga.support.http.IfMatch;
import org.cajaga.support.http.Preconditions;
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

@Path("/api/v1/practices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practices", description = "Practice records: create, read, change, delete drafts, history, classification.")
public class PracticeResource {

    static final String ID = "{id: [0-9a-fA-F-]{36}}";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String UPSERT_OUTCOME = "X-Upsert-Outcome";

    /** Records change: clients revalidate with their ETag each time. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    @Inject
    PracticeService practices;

    @Inject
    AuditTrail audit;

    @Inject
    LinkedDataWriter linkedData;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "createPractice", summary = "Create a practice",
            description = "Creates a DRAFT. Every taxonomy code is checked with taxonomy-service in one call; government "
                    + "systems may only create practices in their municipalities.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` point at the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "403", description = "Role too weak, or a municipality outside the token's `municipalities`")
    @APIResponse(responseCode = "422", description = "Invalid fields or unknown taxonomy codes, one `violations` entry each")
    @APIResponse(responseCode = "503", description = "taxonomy-service is down and the codes were never confirmed; nothing stored")
    @CountedPush(PushMetrics.Push.SINGLE)
    public RestResponse<PracticeView> create(@NotNull @Valid PracticeInput input) {
        PracticeView created = practices.create(input);
        return RestResponse.ResponseBuilder.<PracticeView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(PracticeService.versionOf(created.id(), created.version()).tag()).entity(created).build();
    }

    @GET
    @Path(ID)
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, LinkedDataWriter.MEDIA_TYPE})
    @Operation(operationId = "getPractice", summary = "Get a practice",
            description = "Published records are public; drafts only for staff and their owner. With "
                    + "`Accept: application/ld+json` the same record as schema.org linked data: a `Project` with an "
                    + "inline `@context` (nothing to fetch), `areaServed` as INEGI `AdministrativeArea`s, the period as "
                    + "`foundingDate`/`dissolutionDate`, tags, principles, lessons, SDG targets and the classification as "
                    + "`keywords` (`DefinedTerm`s named by their API addresses) and `sameAs` this address; it has its own ETag.")
    @APIResponse(responseCode = "200", description = "The record",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeView.class)),
                    @Content(mediaType = LinkedDataWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "practice-json-ld", value = LinkedDataExample.DOCUMENT))},
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such record, or not visible to you")
    public RestResponse<?> get(@PathParam("id") @Parameter(description = "The practice's id") UUID id) {
        PracticeView practice = practices.get(id);
        EntityTag tag = PracticeService.versionOf(id, practice.version()).tag();
        if (LinkedDataWriter.wanted(request)) {
            return Preconditions.conditional(request, LinkedDataWriter.tagOf(tag), REVALIDATE,
                    linkedData.write(uri.getBaseUri().toString(), practice)).type(LinkedDataWriter.MEDIA_TYPE).build();
        }
        return Preconditions.okOrNotModified(request, tag, REVALIDATE, practice);
    }

    @PUT
    @Path(ID)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "replacePractice", summary = "Replace a practice",
            description = "The whole record; send `If-Match` with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Changed (or unchanged when nothing differed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not yours, or outside your municipalities")
    @APIResponse(responseCode = "404", description = "No such record, or not visible to you")
    @APIResponse(responseCode = "409", description = "The record is archived")
    @APIResponse(responseCode = "422", description = "Invalid fields or unknown taxonomy codes")
    @APIResponse(responseCode = "503", description = "taxonomy-service is down and the codes were never confirmed; nothing stored")
    @CountedPush(PushMetrics.Push.SINGLE)
    public RestResponse<PracticeView> replace(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid PracticeInput input) {
        return withTag(practices.replace(id, input, ifMatch.expected()));
    }

    @PATCH
    @Path(ID)
    @Consumes(MERGE_PATCH)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "patchPractice", summary = "Change some fields of a practice",
            description = "JSON Merge Patch (RFC 7396, `application/merge-patch+json`): members replace, `null` removes. "
                    + "The result is validated as a whole. Send `If-Match`.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(implementation = PracticePatch.class)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not yours, or outside your municipalities")
    @APIResponse(responseCode = "404", description = "No such record, or not visible to you")
    @APIResponse(responseCode = "409", description = "The record is archived")
    @APIResponse(responseCode = "422", description = "The patched record is invalid, or a member does not exist")
    @APIResponse(responseCode = "503", description = "taxonomy-service is down and the codes were never confirmed; nothing stored")
    @CountedPush(PushMetrics.Push.SINGLE)
    public RestResponse<PracticeView> patch(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @BeanParam IfMatch ifMatch,
            byte[] mergePatch) {
        return withTag(practices.patch(id, MergePatch.parse(mergePatch, json), ifMatch.expected()));
    }

    @DELETE
    @Path(ID)
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(operationId = "deletePractice", summary = "Delete a draft",
            description = "Only DRAFT records; others are archived. Send `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not yours, or outside your municipalities")
    @APIResponse(responseCode = "404", description = "No such record, or not visible to you")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public RestResponse<Void> delete(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @BeanParam IfMatch ifMatch) {
        practices.delete(id, ifMatch.expected());
        return RestResponse.noContent();
    }

    @PUT
    @Path("by-source/{source}/{externalId}")
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(operationId = "pushPracticeBySource", summary = "Push a practice from a government system",
            description = "Idempotent upsert keyed by the system's name and its own id: creates the record, changes it, "
                    + "or leaves it untouched when nothing differs (`X-Upsert-Outcome`: created, updated, unchanged). "
                    + "Only practices located in the token's `municipalities` are accepted, and only under a `source` "
                    + "the client owns: one of the token's `sources` claim (set per client in Keycloak); another "
                    + "client's source, or a token without `sources`, is a 403 problem and nothing is stored.")
    @APIResponse(responseCode = "200", description = "Updated or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeView.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = UPSERT_OUTCOME,
                    description = "What the push did: `updated` or `unchanged`",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"updated", "unchanged"}))})
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag"),
                    @Header(name = UPSERT_OUTCOME, description = "Always `created`",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "created"))})
    @APIResponse(responseCode = "403", description = "Not an integrator, a `source` not in the token's `sources`, outside "
            + "your municipalities, or another system's record")
    @APIResponse(responseCode = "422", description = "Invalid fields or unknown taxonomy codes")
    @APIResponse(responseCode = "503", description = "taxonomy-service is down and the codes were never confirmed; nothing stored")
    @CountedPush(PushMetrics.Push.SOURCE)
    public RestResponse<PracticeView> push(
            @PathParam("source") @Pattern(regexp = "[A-Za-z0-9._-]{1,100}")
            @Parameter(description = "Name of the pushing system (letters, digits, `.`, `_`, `-`); must be one of the "
                    + "token's `sources`",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9._-]{1,100}$", maxLength = 100),
                    example = "transparencia-chihuahua")
            String source,
            @PathParam("externalId") @Pattern(regexp = "[A-Za-z0-9._:-]{1,200}")
            @Parameter(description = "The record's id in that system (letters, digits, `.`, `_`, `:`, `-`)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9._:-]{1,200}$", maxLength = 200),
                    example = "PR-2023-0042")
            String externalId,
            @NotNull @Valid PracticeInput input) {
        PracticeService.PushResult result = practices.upsertBySource(source, externalId, input);
        RestResponse.ResponseBuilder<PracticeView> answer = result.outcome() == UpsertOutcome.CREATED
                ? RestResponse.ResponseBuilder.<PracticeView>created(
                        uri.getBaseUriBuilder().path("api/v1/practices").path(result.practice().id().toString()).build())
                : RestResponse.ResponseBuilder.<PracticeView>ok();
        return answer.entity(result.practice())
                .tag(PracticeService.versionOf(result.practice().id(), result.practice().version()).tag())
                .header(UPSERT_OUTCOME, result.outcome().name().toLowerCase())
                .build();
    }

    @PUT
    @Path(ID + "/classification")
    @Authenticated
    @Operation(operationId = "setPracticeClassification", summary = "Set the classification (scoring-service only)",
            description = "Idempotent; a decision older than the stored one is ignored. Only the scoring-service account.")
    @APIResponse(responseCode = "200", description = "The record with its classification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PracticeView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not the scoring-service account")
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public RestResponse<PracticeView> classify(@PathParam("id") @Parameter(description = "The practice's id") UUID id,
                                               @NotNull @Valid ClassificationInput input) {
        return withTag(practices.classify(id, input));
    }

    @GET
    @Path(ID + "/history")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CURATOR, Roles.EVALUATOR})
    @Operation(operationId = "getPracticeHistory", summary = "History of a practice",
            description = "Every change: who, when, which fields, old and new values. Staff only.")
    @APIResponse(responseCode = "200", description = "One page of changes, oldest first; `Link: rel=\"next\"` when there are more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "404", description = "No such record")
    public RestResponse<Page<ChangeView>> history(@PathParam("id") @Parameter(description = "The practice's id") UUID id,
                                                  @BeanParam PageParams paging) {
        practices.get(id);
        Page<ChangeView> page = audit.history(id, paging);
        return PageResponses.of(page, page.items().stream().map(ChangeView::changedAt), uri, request, REVALIDATE);
    }

    private static RestResponse<PracticeView> withTag(PracticeView practice) {
        return RestResponse.ResponseBuilder.ok(practice).tag(PracticeService.versionOf(practice.id(), practice.version()).tag()).build();
    }
}
