package org.cajaga.practices.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.cajaga.support.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Find practices: Spanish full-text search with typo tolerance and highlights, "
        + "type-ahead, filters, facets, change feed.")
public class SearchResource {

    /** The sort orders, as the document lists them: each name in upper or lower case. */
    static final String SORT = "^(RELEVANCE|UPDATED|TITLE|relevance|updated|title)$";

    @Inject
    PracticeSearch search;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(operationId = "listPractices", summary = "Search and list practices",
            description = "Anonymous callers see published practices; staff see all; government systems also their own. "
                    + "`q` searches, in Spanish, title, summary, description, problem, objectives, the names of actors and "
                    + "organisations, results, co-creation, evidence publishers, tags and the Spanish and English names of "
                    + "the practice's principles, lessons, SDG goals and targets, state and municipalities. Accents, "
                    + "singular and plural, masculine and feminine and word families do not matter (`q=participacion` "
                    + "finds \"Participación ciudadana\" and \"presupuestos participativos\", `obras publicas` finds "
                    + "\"obra pública\", `mujer` finds \"mujeres\"); quotes, OR and -word work as in web search. Best "
                    + "matches first: a match in the title weighs most, then the summary, then the other texts. "
                    + "When full text finds nothing, near matches are answered instead (typos: `presupuesto partisipativo`), "
                    + "with `matchedBy: fuzzy` and a `didYouMean`. `highlight=true` adds HTML snippets with the matching "
                    + "words in `<mark>`. Filters combine with AND; a repeated "
                    + "filter means any of its values. `facets=true` adds counts per state, classification, principle and SDG "
                    + "goal over all matches. With `updatedSince` the list becomes a change feed, so a portal stays in "
                    + "sync by polling: changed records in `items` and, in `removed`, records that stopped being public, "
                    + "ordered by the position of the transaction that wrote them. A change is served only once no "
                    + "transaction with a lower position can still commit, so following `next` and then polling from "
                    + "`resume` never skips a commit. Delivery is at least once: a record changed again comes again, at its latest position "
                    + "(keep the newest `version`), and resuming from an older cursor repeats entries. The feed may lag: "
                    + "while a long transaction writes the catalogue (a bulk push, for instance), changes committed after "
                    + "it started wait until it ends.")
    @APIResponse(responseCode = "200", description = "One page; `Link: rel=\"next\"` when there are more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "400", description = "Invalid filter, sort, `limit`, `cursor` or `updatedSince`")
    @APIResponse(responseCode = "403", description = "A status filter other than PUBLISHED without a staff role")
    public RestResponse<SearchPage> search(
            @BeanParam PracticeFilters filters,
            @QueryParam("sort") @Parameter(description = "RELEVANCE (default with q), UPDATED (default otherwise) or TITLE; "
                    + "upper or lower case", schema = @Schema(type = SchemaType.STRING, maxLength = 9, pattern = SORT))
            String sort,
            @QueryParam("updatedSince") @Parameter(description = "Change feed: start with the records changed at or after "
                    + "this instant (RFC 3339 UTC, years " + PracticeInput.FIRST_YEAR + " to " + PracticeInput.LAST_YEAR
                    + "), in the order of the transactions that wrote them; with a `cursor` from `next` or `resume` (sent "
                    + "with the same `updatedSince` and filters) go on from there, including every change committed "
                    + "since, whatever its time. `limit` counts records and removals together.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35),
                    example = "2026-01-31T12:00:00Z") String updatedSince,
            @QueryParam("facets") @Parameter(description = "Add facet counts", schema = @Schema(type = SchemaType.BOOLEAN))
            boolean facets,
            @QueryParam("highlight") @Parameter(description = "With `q`: add `highlights`, per item its title and a "
                    + "snippet as escaped HTML with the matching words in `<mark>`", schema = @Schema(type = SchemaType.BOOLEAN))
            boolean highlight,
            @BeanParam PageParams paging) {
        SearchPage page = search.search(filters, sortOrder(sort), updatedSince, facets, highlight, paging);
        return PageResponses.of(page, page.next(), page.items().stream().map(p -> p.id() + ":" + p.version()), uri,
                request, CacheControl.valueOf("no-cache"), page.facets(), page.removed(), search.visibility());
    }

    private static SortOrder sortOrder(String sort) {
        if (sort == null || sort.isEmpty()) {
            return null;
        }
        if (!sort.matches(SORT)) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'sort' debe ser RELEVANCE, UPDATED o TITLE.",
                    "The 'sort' parameter must be RELEVANCE, UPDATED or TITLE.");
        }
        return SortOrder.valueOf(sort.toUpperCase(Locale.ROOT));
    }
}
