package org.cajaga.taxonomy.criteria;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.i18n.RequestLanguage;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.security.Roles;
import org.cajaga.taxonomy.config.CachePolicy;
import org.cajaga.taxonomy.config.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/taxonomy/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sets", description = "Versioned criteria against which practices are scored, with the "
        + "classification rule as data. A published version is immutable; change comes as a new version.")
public class CriteriaSetResource {

    private static final String VERSION = "{code}/versions/{number: [0-9]+}";

    @Inject
    CriteriaSetService criteria;

    @Inject
    RequestLanguage language;

    @Inject
    CachePolicy cache;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(summary = "List criteria sets", description = "Each set with its versions and its current (latest published) version.")
    @APIResponse(responseCode = "200", description = "One page of criteria sets")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "400", description = "Invalid `limit` or `cursor`")
    public RestResponse<Page<CriteriaSetView>> list(@BeanParam PageParams paging) {
        Page<CriteriaSetView> page = criteria.list(paging, language.get());
        return PageResponses.of(page, page.items().stream().map(s -> s.code() + ":" + s.version() + ":" + s.versions()),
                uri, request, cache.publicRead(), language.get());
    }

    @POST
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Create a criteria set", description = "The set starts without versions; draft the first with POST .../versions.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the `curator` or `admin` role")
    @APIResponse(responseCode = "409", description = "A set with this code already exists")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed one by one in `violations`")
    public RestResponse<CriteriaSetView> create(@NotNull @Valid NewCriteriaSet input) {
        CriteriaSetView set = criteria.create(input, user.name(), language.get());
        return RestResponse.ResponseBuilder.<CriteriaSetView>created(uri.getAbsolutePathBuilder().path(set.code()).build()).entity(set).build();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Get a criteria set", description = "The set, its versions and its current version number.")
    @APIResponse(responseCode = "200", description = "The set")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No set with this code")
    public RestResponse<CriteriaSetView> get(@PathParam("code") @Parameter(example = "mapeo-2022") String code) {
        CriteriaSetView set = criteria.get(code, language.get());
        EntityTag tag = EntityTags.of("criteria-set", set.code(), set.version(), set.versions(), language.get());
        return Preconditions.okOrNotModified(request, tag, cache.publicRead(), set);
    }

    @GET
    @Path("{code}/versions/current")
    @PermitAll
    @Operation(summary = "Get the current version",
            description = "The highest published version with its criteria and rule: what new evaluations should use.")
    @APIResponse(responseCode = "200", description = "The current version")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No such set, or nothing published yet")
    public RestResponse<CriteriaSetVersionView> current(@PathParam("code") @Parameter(example = "mapeo-2022") String code) {
        return versionResponse(criteria.current(code, language.get()));
    }

    @POST
    @Path("{code}/versions")
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Draft the next version",
            description = "Creates version n+1 as an editable copy of the latest version (no body). One draft at a time.")
    @APIResponse(responseCode = "201", description = "The new draft; `Location` points at it")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the `curator` or `admin` role")
    @APIResponse(responseCode = "404", description = "No set with this code")
    @APIResponse(responseCode = "409", description = "A draft already exists")
    @Consumes(MediaType.WILDCARD)
    public RestResponse<CriteriaSetVersionView> draftNext(@PathParam("code") String code) {
        CriteriaSetVersionView draft = criteria.draftNext(code, user.name(), language.get());
        return RestResponse.ResponseBuilder.<CriteriaSetVersionView>created(uri.getAbsolutePathBuilder().path(String.valueOf(draft.number())).build())
                .tag(tagOf(draft)).entity(draft).build();
    }

    @GET
    @Path(VERSION)
    @PermitAll
    @Operation(summary = "Get one version", description = "A version with its criteria and classification rule.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No such set or version")
    public RestResponse<CriteriaSetVersionView> version(@PathParam("code") @Parameter(example = "mapeo-2022") String code,
                            @PathParam("number") @Parameter(example = "1") int number) {
        return versionResponse(criteria.version(code, number, language.get()));
    }

    @GET
    @Path(VERSION + "/rule")
    @PermitAll
    @Operation(summary = "Get the classification rule of a version",
            description = "Thresholds and co-creation requirement as data, so a client can classify a practice itself.")
    @APIResponse(responseCode = "200", description = "The rule")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @APIResponse(responseCode = "404", description = "No such set or version")
    public RestResponse<ClassificationRule> rule(@PathParam("code") @Parameter(example = "mapeo-2022") String code,
                         @PathParam("number") @Parameter(example = "1") int number) {
        CriteriaSetVersionView version = criteria.version(code, number, language.get());
        return Preconditions.okOrNotModified(request, tagOf(version), cache.publicRead(), version.rule());
    }

    @PUT
    @Path(VERSION)
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Replace the content of a draft",
            description = "Rule and criteria, in order. Only drafts change; send `If-Match` with the ETag you read.")
    @APIResponse(responseCode = "200", description = "The changed draft")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the `curator` or `admin` role")
    @APIResponse(responseCode = "404", description = "No such set or version")
    @APIResponse(responseCode = "409", description = "The version is published and immutable")
    @APIResponse(responseCode = "412", description = "The draft changed since you read it")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed one by one in `violations`")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    public RestResponse<CriteriaSetVersionView> replaceDraft(@PathParam("code") String code, @PathParam("number") int number,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid VersionContent content) {
        CriteriaSetVersionView draft = criteria.replaceDraft(code, number, content, ifMatch, user.name(), language.get());
        return RestResponse.ResponseBuilder.ok(draft).tag(tagOf(draft)).build();
    }

    @POST
    @Path(VERSION + "/publish")
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Publish a draft", description = "From now on the version is immutable and becomes current.")
    @APIResponse(responseCode = "200", description = "The published version")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the `curator` or `admin` role")
    @APIResponse(responseCode = "404", description = "No such set or version")
    @APIResponse(responseCode = "409", description = "Already published, or the draft has no criteria")
    @APIResponse(responseCode = "412", description = "The draft changed since you read it")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    @Consumes(MediaType.WILDCARD)
    public RestResponse<CriteriaSetVersionView> publish(@PathParam("code") String code, @PathParam("number") int number,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CriteriaSetVersionView published = criteria.publish(code, number, ifMatch, user.name(), language.get());
        return RestResponse.ResponseBuilder.ok(published).tag(tagOf(published)).build();
    }

    @DELETE
    @Path(VERSION)
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Discard a draft", description = "Published versions cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the `curator` or `admin` role")
    @APIResponse(responseCode = "404", description = "No such set or version")
    @APIResponse(responseCode = "409", description = "The version is published and immutable")
    @APIResponse(responseCode = "412", description = "The draft changed since you read it")
    @APIResponse(responseCode = "428", description = "`If-Match` is missing")
    @Consumes(MediaType.WILDCARD)
    public RestResponse<Void> deleteDraft(@PathParam("code") String code, @PathParam("number") int number,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        criteria.deleteDraft(code, number, ifMatch);
        return RestResponse.noContent();
    }

    private RestResponse<CriteriaSetVersionView> versionResponse(CriteriaSetVersionView version) {
        return Preconditions.okOrNotModified(request, tagOf(version), cache.publicRead(), version);
    }

    private EntityTag tagOf(CriteriaSetVersionView version) {
        return CriteriaSetService.versionTag(version.criteriaSet(), version.number(), version.version()).in(language.get());
    }
}
