package org.cajaga.taxonomy.geography;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.cajaga.core.i18n.Language;
import org.cajaga.support.geography.SizeClass;
import org.cajaga.support.http.IfMatch;
import org.cajaga.support.http.Preconditions;
import org.cajaga.support.http.QueryParams;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mexican states and municipalities", description = "INEGI catalogue (Censo 2020) of the 32 states and "
        + "their municipalities, kept current by curators with a change history.")
public class GeographyResource {

    private static final String STATE_CODE = "^[0-9]{2}$";
    private static final String CVEGEO = "^[0-9]{5}$";
    private static final String MUNICIPALITY = "municipalities/{cvegeo: [0-9]{5}}";
    /** Room for any municipality's full name. */
    private static final int MAX_QUERY = 100;

    @Inject
    GeographyService geography;

    @Inject
    TaxonomySnapshots snapshots;

    @Inject
    CachePolicy cache;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @NonBlocking
    @Path("states")
    @PermitAll
    @Operation(operationId = "listStates", summary = "List the states",
            description = "The 32 states by INEGI code, with their municipality count.")
    @APIResponse(responseCode = "200", description = "One page of states",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeographyViews.StatePage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    public RestResponse<Page<GeographyViews.State>> states(@BeanParam PageParams paging) {
        Page<GeographyViews.State> page = catalogue().states(paging);
        return PageResponses.of(page, page.items().stream().map(s -> s.code() + ":" + s.municipalityCount()),
                uri, request, cache.publicRead());
    }

    @GET
    @NonBlocking
    @Path("states/{code: [0-9]{2}}")
    @PermitAll
    @Operation(operationId = "getState", summary = "Get a state",
            description = "One state by its two-digit INEGI code, e.g. `/states/08`.")
    @APIResponse(responseCode = "200", description = "The state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeographyViews.State.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No state with this code")
    public RestResponse<GeographyViews.State> state(
            @PathParam("code") @Pattern(regexp = STATE_CODE) @Size(min = 2, max = 2)
                @Parameter(example = "08") String code) {
        GeographyCatalogue.State state = catalogue().state(code);
        return Preconditions.okOrNotModified(request, state.tag(), cache.publicRead(), state.view());
    }

    @GET
    @NonBlocking
    @Path("states/{code: [0-9]{2}}/municipalities")
    @PermitAll
    @Operation(operationId = "listStateMunicipalities", summary = "List the municipalities of a state",
            description = "By CVEGEO; `q` filters by name.")
    @APIResponse(responseCode = "200", description = "One page of municipalities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeographyViews.MunicipalityPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "404", description = "No state with this code")
    public RestResponse<Page<GeographyViews.Municipality>> municipalitiesOfState(
            @PathParam("code") @Pattern(regexp = STATE_CODE) @Size(min = 2, max = 2)
                @Parameter(example = "08") String code,
            @QueryParam("q") @Size(max = MAX_QUERY)
                @Parameter(description = "Name fragment, accent- and case-insensitive",
                        example = "juarez") String query,
            @BeanParam PageParams paging) {
        return municipalityPage(catalogue().municipalities(code, query, null, paging));
    }

    @GET
    @NonBlocking
    @Path("municipalities")
    @PermitAll
    @Operation(operationId = "listMunicipalities", summary = "Search municipalities",
            description = "All municipalities by CVEGEO. `q` matches any part of the name ignoring accents and case "
                    + "(`q=juarez` finds \"Juárez\" and \"Benito Juárez\" in several states); `state` narrows to one state "
                    + "and `sizeClass` to one size class (by the 2020 census population; the bands are the project's "
                    + "choice: RURAL < 15,000, SEMI_URBAN 15,000–99,999, URBAN 100,000–999,999, METROPOLITAN ≥ 1,000,000; "
                    + "municipalities without a population are in none). Suited to autocomplete.")
    @APIResponse(responseCode = "200", description = "One page of municipalities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeographyViews.MunicipalityPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "400", description = "Invalid `state`, `q`, `sizeClass`, `limit` or `cursor`")
    @APIResponse(responseCode = "404", description = "No state with the code given in `state`")
    public RestResponse<Page<GeographyViews.Municipality>> municipalities(
            @QueryParam("state") @Pattern(regexp = STATE_CODE) @Size(max = 2)
                @Parameter(description = "Two-digit state code", example = "08") String state,
            @QueryParam("q") @Size(max = MAX_QUERY)
                @Parameter(description = "Name fragment, accent- and case-insensitive",
                        example = "juarez") String query,
            @QueryParam("sizeClass")
                @Parameter(description = "Only municipalities of this size class",
                        schema = @Schema(implementation = SizeClass.class)) String sizeClass,
            @BeanParam PageParams paging) {
        return municipalityPage(catalogue().municipalities(state, query,
                QueryParams.optionalEnum("sizeClass", sizeClass, SizeClass.class), paging));
    }

    @GET
    @NonBlocking
    @Path(MUNICIPALITY)
    @PermitAll
    @Operation(operationId = "getMunicipality", summary = "Get a municipality",
            description = "One municipality by CVEGEO, e.g. `/municipalities/08019` (Chihuahua, Chihuahua).")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeographyViews.Municipality.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No municipality with this CVEGEO")
    public RestResponse<GeographyViews.Municipality> municipality(
            @PathParam("cvegeo") @Pattern(regexp = CVEGEO) @Size(min = 5, max = 5)
                @Parameter(example = "08019") String cvegeo) {
        GeographyCatalogue.Municipality municipality = catalogue().municipality(cvegeo);
        return Preconditions.okOrNotModified(request, municipality.tag(), cache.publicRead(), municipality.view());
    }

    @POST
    @Path("municipalities")
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "createMunicipality", summary = "Add a municipality",
            description = "For municipalities INEGI created after the catalogue was loaded; recorded in the history.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points at the new municipality",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeographyViews.Municipality.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", description = "The CVEGEO already exists")
    @APIResponse(responseCode = "422", description = "Invalid fields, or the CVEGEO names no state")
    public RestResponse<GeographyViews.Municipality> create(@NotNull @Valid NewMunicipality input) {
        GeographyViews.Municipality created = geography.create(input, caller.name());
        return RestResponse.ResponseBuilder.<GeographyViews.Municipality>created(uri.getBaseUriBuilder().path("api/v1/taxonomy/municipalities").path(created.cvegeo()).build())
                .tag(tagOf(created)).entity(created).build();
    }

    @PUT
    @Path(MUNICIPALITY)
    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @Operation(operationId = "renameMunicipality", summary = "Rename a municipality",
            description = "Follows an official INEGI name change; the old name stays in the history. Send `If-Match`.")
    @APIResponse(responseCode = "200", description = "Renamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeographyViews.Municipality.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No municipality with this CVEGEO")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed one by one in `violations`")
    public RestResponse<GeographyViews.Municipality> rename(
            @PathParam("cvegeo") @Pattern(regexp = CVEGEO) @Size(min = 5, max = 5)
                @Parameter(example = "07017") String cvegeo,
            @BeanParam IfMatch ifMatch,
            @NotNull @Valid MunicipalityRename rename) {
        GeographyViews.Municipality renamed = geography.rename(cvegeo, rename, ifMatch.expected(), caller.name());
        return RestResponse.ResponseBuilder.ok(renamed).tag(tagOf(renamed)).build();
    }

    @GET
    @Path(MUNICIPALITY + "/history")
    @PermitAll
    @Operation(operationId = "getMunicipalityHistory", summary = "Change history of a municipality",
            description = "Additions and renames, oldest first.")
    @APIResponse(responseCode = "200", description = "One page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeographyViews.ChangePage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "404", description = "No municipality with this CVEGEO")
    public RestResponse<Page<GeographyViews.Change>> history(
            @PathParam("cvegeo") @Pattern(regexp = CVEGEO) @Size(min = 5, max = 5)
                @Parameter(example = "07017") String cvegeo,
            @BeanParam PageParams paging) {
        Page<GeographyViews.Change> page = geography.history(cvegeo, paging);
        return PageResponses.of(page, page.items().stream().map(GeographyViews.Change::changedAt), uri, request,
                cache.publicRead());
    }

    private GeographyCatalogue catalogue() {
        return snapshots.current().geography();
    }

    private RestResponse<Page<GeographyViews.Municipality>> municipalityPage(Page<GeographyViews.Municipality> page) {
        return PageResponses.of(page, page.items().stream().map(m -> m.cvegeo() + ":" + m.version()), uri, request,
                cache.publicRead());
    }

    /** Names are not translated, but the ETag follows the shared scheme so any language's tag matches. */
    private static EntityTag tagOf(GeographyViews.Municipality municipality) {
        return GeographyService.versionOf(municipality.cvegeo(), municipality.version()).in(Language.ES);
    }
}
