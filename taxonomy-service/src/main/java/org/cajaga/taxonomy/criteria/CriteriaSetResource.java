package org.cajaga.taxonomy.criteria;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.IfMatch;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.i18n.RequestLanguage;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.security.Caller;
import org.cajaga.support.security.Roles;
import org.cajaga.taxonomy.config.CachePolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/taxonomy/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sets", description = "Versioned criteria against which practices are scored, with the "
        + "classification rule as data. A published version is immutable; change comes as a new version.")
public class CriteriaSetResource {

    private static final String VERSION = "{code}/versions/{number: [0-9]+}";

    /** Said by the reads that list versions. */
    private static final String DRAFTS_LISTED = " Draft versions are listed only to curators and admins; anyone else "
            + "(anonymous included) sees published versions only.";

    /** Said by the reads of one version. */
    private static final String DRAFT_READ = " A draft version is readable only by curators and admins; to anyone else "
            + "(anonymous included) it is a 404, as if it did not exist.";

    private static final String NO_SUCH_VERSION = "No such set or version, or the version is a draft and you are not a "
            + "curator or admin";

    @Inject
    CriteriaSetService criteria;

    @Inject
    RequestLanguage language;

    @Inject
    CachePolicy cache;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(operationId = "listCriteriaSets", summary = "List criteria sets",
            description = "Each set with its versions and its current (latest published) version." + DRAFTS_LISTED)
    @APIResponse(responseCode = "200", description = "One page of criteria sets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    public RestResponse<Page<CriteriaSetView>> list(@BeanParam PageParams paging) {
        Page<CriteriaSetView> page = criteria.list(paging, seesDraftCriteria(), language.get());
        return PageResponses.of(page, page.items().stream().map(s -> s.code() + ":" + s.version() + ":" + s.versions()),
                uri, request, cache.publicRead(), language.get());
    }

    @POST
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "createCriteriaSet", summary = "Create a criteria set",
            description = "The set starts without versions; draft the first with POST .../versions.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points at the new set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", description = "A set with this code already exists")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed one by one in `violations`")
    public RestResponse<CriteriaSetView> create(@NotNull @Valid NewCriteriaSet input) {
        CriteriaSetView set = criteria.create(input, caller.name(), language.get());
        return RestResponse.ResponseBuilder.<CriteriaSetView>created(uri.getAbsolutePathBuilder().path(set.code()).build())
                .tag(tagOf(set)).entity(set).build();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getCriteriaSet", summary = "Get a criteria set",
            description = "The set, its versions and its current version number." + DRAFTS_LISTED)
    @APIResponse(responseCode = "200", description = "The set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No set with this code")
    public RestResponse<CriteriaSetView> get(
            @PathParam("code") @Pattern(regexp = CriteriaSetCodes.PATTERN) @Size(max = CriteriaSetCodes.MAX_LENGTH)
                @Parameter(example = "mapeo-2022") String code) {
        CriteriaSetView set = criteria.get(code, seesDraftCriteria(), language.get());
        return Preconditions.okOrNotModified(request, tagOf(set), cache.publicRead(), set);
    }

    @GET
    @Path("{code}/versions/current")
    @PermitAll
    @Operation(operationId = "getCurrentCriteriaSetVersion", summary = "Get the current version",
            description = "The highest published version with its criteria and rule: what new evaluations should use.")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetVersionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such set, or nothing published yet")
    public RestResponse<CriteriaSetVersionView> current(
            @PathParam("code") @Pattern(regexp = CriteriaSetCodes.PATTERN) @Size(max = CriteriaSetCodes.MAX_LENGTH)
                @Parameter(example = "mapeo-2022") String code) {
        return versionResponse(criteria.current(code, language.get()));
    }

    @POST
    @Path("{code}/versions")
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "draftCriteriaSetVersion", summary = "Draft the next version",
            description = "Creates version n+1 as an editable copy of the latest version (no body). One draft at a time.")
    @APIResponse(responseCode = "201", description = "The new draft; `Location` points at it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetVersionView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", description = "No set with this code")
    @APIResponse(responseCode = "409", description = "A draft already exists")
    @Consumes(MediaType.WILDCARD)
    public RestResponse<CriteriaSetVersionView> draftNext(
            @PathParam("code") @Pattern(regexp = CriteriaSetCodes.PATTERN) @Size(max = CriteriaSetCodes.MAX_LENGTH)
                @Parameter(example = "mapeo-2022") String code) {
        CriteriaSetVersionView draft = criteria.draftNext(code, caller.name(), language.get());
        return RestResponse.ResponseBuilder.<CriteriaSetVersionView>created(uri.getAbsolutePathBuilder().path(String.valueOf(draft.number())).build())
                .tag(tagOf(draft)).entity(draft).build();
    }

    @GET
    @Path(VERSION)
    @PermitAll
    @Operation(operationId = "getCriteriaSetVersion", summary = "Get one version",
            description = "A version with its criteria and classification rule." + DRAFT_READ)
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetVersionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = NO_SUCH_VERSION)
    public RestResponse<CriteriaSetVersionView> version(
            @PathParam("code") @Pattern(regexp = CriteriaSetCodes.PATTERN) @Size(max = CriteriaSetCodes.MAX_LENGTH)
                @Parameter(example = "mapeo-2022") String code,
            @PathParam("number") @Min(1) @Max(CriteriaSetCodes.MAX_VERSION_NUMBER)
                @Parameter(example = "1") int number) {
        return versionResponse(criteria.version(code, number, seesDraftCriteria(), language.get()));
    }

    @GET
    @Path(VERSION + "/rule")
    @PermitAll
    @Operation(operationId = "getClassificationRule", summary = "Get the classification rule of a version",
            description = "Thresholds and co-creation requirement as data, so a client can classify a practice itself."
                    + DRAFT_READ)
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassificationRule.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = NO_SUCH_VERSION)
    public RestResponse<ClassificationRule> rule(
            @PathParam("code") @Pattern(regexp = CriteriaSetCodes.PATTERN) @Size(max = CriteriaSetCodes.MAX_LENGTH)
                @Parameter(example = "mapeo-2022") String code,
            @PathParam("number") @Min(1) @Max(CriteriaSetCodes.MAX_VERSION_NUMBER)
                @Parameter(example = "1") int number) {
        CriteriaSetVersionView version = criteria.version(code, number, seesDraftCriteria(), language.get());
        return Preconditions.okOrNotModified(request, tagOf(version), cache.publicRead(), version.rule());
    }

    @PUT
    @Path(VERSION)
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "replaceCriteriaSetVersion", summary = "Replace the content of a draft",
            description = "Rule and criteria, in order. Only drafts change; send `If-Match` with the ETag you read.")
    @APIResponse(responseCode = "200", description = "The changed draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetVersionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such set or version")
    @APIResponse(responseCode = "409", description = "The version is published and immutable")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed one by one in `violations`")
    public RestResponse<CriteriaSetVersionView> replaceDraft(
            @PathParam("code") @Pattern(regexp = CriteriaSetCodes.PATTERN) @Size(max = CriteriaSetCodes.MAX_LENGTH)
                @Parameter(example = "mapeo-2022") String code,
            @PathParam("number") @Min(1) @Max(CriteriaSetCodes.MAX_VERSION_NUMBER) @Parameter(example = "1") int number,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid VersionContent content) {
        CriteriaSetVersionView draft = criteria.replaceDraft(code, number, content, ifMatch.expected(), caller.name(), language.get());
        return RestResponse.ResponseBuilder.ok(draft).tag(tagOf(draft)).build();
    }

    @POST
    @Path(VERSION + "/publish")
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "publishCriteriaSetVersion", summary = "Publish a draft",
            description = "From now on the version is immutable and becomes current.")
    @APIResponse(responseCode = "200", description = "The published version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaSetVersionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such set or version")
    @APIResponse(responseCode = "409", description = "Already published, or the draft has no criteria")
    @Consumes(MediaType.WILDCARD)
    public RestResponse<CriteriaSetVersionView> publish(
            @PathParam("code") @Pattern(regexp = CriteriaSetCodes.PATTERN) @Size(max = CriteriaSetCodes.MAX_LENGTH)
                @Parameter(example = "mapeo-2022") String code,
            @PathParam("number") @Min(1) @Max(CriteriaSetCodes.MAX_VERSION_NUMBER) @Parameter(example = "1") int number,
            @BeanParam IfMatch ifMatch) {
        CriteriaSetVersionView published = criteria.publish(code, number, ifMatch.expected(), caller.name(), language.get());
        return RestResponse.ResponseBuilder.ok(published).tag(tagOf(published)).build();
    }

    @DELETE
    @Path(VERSION)
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "discardCriteriaSetVersion", summary = "Discard a draft",
            description = "Published versions cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such set or version")
    @APIResponse(responseCode = "409", description = "The version is published and immutable")
    @Consumes(MediaType.WILDCARD)
    public RestResponse<Void> deleteDraft(
            @PathParam("code") @Pattern(regexp = CriteriaSetCodes.PATTERN) @Size(max = CriteriaSetCodes.MAX_LENGTH)
                @Parameter(example = "mapeo-2022") String code,
            @PathParam("number") @Min(1) @Max(CriteriaSetCodes.MAX_VERSION_NUMBER) @Parameter(example = "1") int number,
            @BeanParam IfMatch ifMatch) {
        criteria.deleteDraft(code, number, ifMatch.expected());
        return RestResponse.noContent();
    }

    /** Curators and admins draft criteria-set versions, so only they read drafts; everyone else sees published ones. */
    private boolean seesDraftCriteria() {
        return caller.hasRole(Roles.CURATOR) || caller.hasRole(Roles.ADMIN);
    }

    private RestResponse<CriteriaSetVersionView> versionResponse(CriteriaSetVersionView version) {
        return Preconditions.okOrNotModified(request, tagOf(version), cache.publicRead(), version);
    }

    private EntityTag tagOf(CriteriaSetView set) {
        return EntityTags.of("criteria-set", set.code(), set.version(), set.versions(), language.get());
    }

    private EntityTag tagOf(CriteriaSetVersionView version) {
        return CriteriaSetService.versionOf(version.criteriaSet(), version.number(), version.version()).in(language.get());
    }
}
