package org.cajaga.taxonomy.vocabulary;

import io.smallrye.common.annotation.NonBlocking;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.cajaga.support.http.IfMatch;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.i18n.RequestLanguage;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.security.Caller;
import org.cajaga.support.security.Roles;
import org.cajaga.taxonomy.config.CachePolicy;
import org.cajaga.taxonomy.snapshot.TaxonomySnapshots;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Read and curate one vocabulary (principles, lessons learned or sectors). Each vocabulary is a
 * small subclass that names its path, its tag and its kind. Quarkus does not document the roles of
 * inherited resource methods, so the writes name their security requirement themselves.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class VocabularyResource {

    @Inject
    VocabularyService vocabulary;

    @Inject
    TaxonomySnapshots snapshots;

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

    protected abstract VocabularyKind kind();

    @GET
    @PermitAll
    @Operation(summary = "List the terms",
            description = "All terms of this vocabulary in curator order, in the language of `Accept-Language` (es, en). "
                    + "Anonymous. Cached: send `If-None-Match` to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "One page of terms; `Link: rel=\"next\"` when there are more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @NonBlocking
    public RestResponse<Page<TermView>> list(@BeanParam PageParams paging) {
        Page<TermView> page = snapshots.current().vocabularies().page(kind(), paging, language.get());
        return PageResponses.of(page, page.items().stream().map(t -> t.code() + ":" + t.version()), uri, request,
                cache.publicRead(), language.get());
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Get one term by code", description = "Anonymous; localized by `Accept-Language`.")
    @APIResponse(responseCode = "200", description = "The term",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No term with this code")
    @NonBlocking
    public RestResponse<TermView> get(
            @PathParam("code") @Pattern(regexp = TermCodes.PATTERN) @Size(max = TermCodes.MAX_LENGTH) String code) {
        VocabularyCatalogue terms = snapshots.current().vocabularies();
        return Preconditions.okOrNotModified(request, terms.tagOf(kind(), code, language.get()), cache.publicRead(),
                terms.term(kind(), code, language.get()));
    }

    @POST
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Add a term", description = "Curators and admins extend the vocabulary. Codes are permanent. "
            + "A lesson learned may name the criteria it helps meet (`criteria`).")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` point at the new term",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", description = "A term with this code already exists")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed one by one in `violations`")
    public RestResponse<TermView> create(@NotNull @Valid NewTerm input) {
        TermView term = vocabulary.create(kind(), input, caller.name(), language.get());
        return RestResponse.ResponseBuilder.<TermView>created(uri.getAbsolutePathBuilder().path(term.code()).build())
                .tag(tagOf(term)).entity(term).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @SecurityRequirement(name = "keycloak")
    @Operation(summary = "Change a term",
            description = "Replaces names, descriptions and position; for a lesson learned, also the criteria it helps "
                    + "meet when `criteria` is sent (unknown criterion codes are a 422). Send `If-Match` with the ETag "
                    + "you read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No term with this code")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed one by one in `violations`")
    public RestResponse<TermView> update(
            @PathParam("code") @Pattern(regexp = TermCodes.PATTERN) @Size(max = TermCodes.MAX_LENGTH) String code,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid TermChange change) {
        TermView term = vocabulary.update(kind(), code, change, ifMatch.expected(), caller.name(), language.get());
        return RestResponse.ResponseBuilder.ok(term).tag(tagOf(term)).build();
    }

    private EntityTag tagOf(TermView term) {
        return VocabularyService.versionOf(kind(), term.code(), term.version()).in(language.get());
    }
}
