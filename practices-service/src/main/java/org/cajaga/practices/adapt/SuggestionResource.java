package org.cajaga.practices.adapt;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
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

/**
 * Under taxonomy-service's municipality path, but served here, where the practices are: the gateway routes exactly
 * this path to practices-service.
 */
@Path("/api/v1/taxonomy/municipalities/{cvegeo}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adaptation")
public class SuggestionResource {

    private static final String CVEGEO = "[0-9]{5}";

    @Inject
    MunicipalitySuggestions suggestions;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(operationId = "listMunicipalitySuggestions", summary = "Practices a municipality could adapt",
            description = "Published practices carried out in other municipalities, not yet present in this one: "
                    + "none of its published practices has all of the suggestion's principles and one of its SDG goals "
                    + "(all of its principles when it has no goal). Those of municipalities of the same size class come "
                    + "first, then of the nearest classes (`reasons.sizeClassDistance`), each group best classified "
                    + "first (EMBLEMATIC, GOOD_PRACTICE, PENDING, NOT_CLASSIFIED), then by how well it matches "
                    + "`problem`, then by id. Each comes with the five adaptation elements its reflections name most. "
                    + "`principle` and `sdgGoal` keep practices with any of the values given (repeat them for several; "
                    + "a well-formed code nobody uses finds nothing); `problem` keeps those whose texts match its words "
                    + "as the practice search's `q` does. Size classes come from taxonomy-service (see its "
                    + "`listMunicipalities`). Served by practices-service; the gateway routes this path there.")
    @APIResponse(responseCode = "200", description = "The suggestions, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionPage.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "A CVEGEO that is not five digits, a malformed `principle` or "
            + "`sdgGoal`, a `problem` over 500 characters, or `limit` not from 1 to 50")
    @APIResponse(responseCode = "404", description = "No municipality with this CVEGEO")
    @APIResponse(responseCode = "503", description = "The municipalities were never copied from taxonomy-service yet "
            + "(`dependency-unavailable`), or the statement ran past its time limit and was cancelled, or the database "
            + "cannot be reached (`unavailable`); retry after `Retry-After` seconds")
    public RestResponse<SuggestionPage> suggestions(
            @PathParam("cvegeo") @Parameter(description = "INEGI CVEGEO of the municipality", example = "08019",
                    schema = @Schema(type = SchemaType.STRING, minLength = 5, maxLength = 5, pattern = "^" + CVEGEO + "$"))
            String cvegeo,
            @BeanParam SuggestionFilters filters) {
        if (!cvegeo.matches(CVEGEO)) {
            throw invalid("cvegeo", "un CVEGEO de cinco dígitos", "a five-digit CVEGEO");
        }
        List<String> principles = codes("principle", filters.principles, SuggestionFilters.PRINCIPLE);
        List<Integer> goals = codes("sdgGoal", filters.goals, SuggestionFilters.GOAL).stream().map(Integer::valueOf).toList();
        String problem = filters.problem;
        if (problem != null && problem.length() > SuggestionFilters.MAX_PROBLEM) {
            throw invalid("problem", SuggestionFilters.MAX_PROBLEM + " caracteres como máximo",
                    "at most " + SuggestionFilters.MAX_PROBLEM + " characters");
        }
        SuggestionPage page = suggestions.of(cvegeo, principles, goals,
                problem == null || problem.isBlank() ? null : problem, ResultLimit.of(filters.limit));
        return Preconditions.okOrNotModified(request, EntityTags.of("suggestions", cvegeo, page),
                CacheControl.valueOf("no-cache"), page);
    }

    private static List<String> codes(String name, List<String> values, String pattern) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > SuggestionFilters.MAX_VALUES) {
            throw invalid(name, "repetido " + SuggestionFilters.MAX_VALUES + " veces como máximo",
                    "repeated at most " + SuggestionFilters.MAX_VALUES + " times");
        }
        for (String value : values) {
            if (!value.matches(pattern)) {
                throw invalid(name, "un código válido, no '" + value + "'", "a valid code, not '" + value + "'");
            }
        }
        return values;
    }

    private static RuntimeException invalid(String name, String expectedEs, String expectedEn) {
        return Problems.of(ProblemType.INVALID_PARAMETER, "El parámetro '" + name + "' debe ser " + expectedEs + ".",
                "The '" + name + "' parameter must be " + expectedEn + ".");
    }
}
