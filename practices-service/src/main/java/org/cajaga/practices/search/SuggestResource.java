package org.cajaga.practices.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.http.QueryParams;
import org.cajaga.support.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices:suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SuggestResource {

    static final int MAX_QUERY_LENGTH = 100;
    static final int DEFAULT_LIMIT = 8;
    static final int MAX_LIMIT = 20;
    /** Suggestions change only when practices are published or labels renamed: a search box may reuse them briefly. */
    static final String CACHE = "public, max-age=60";

    private static final String EXAMPLE = """
            {"items": [
              {"kind": "title", "text": "Presupuesto participativo en colonias", "id": "0190f5a2-7c1e-7b3a-9a40-3f1c2d4e5a6b"},
              {"kind": "principle", "text": "Participación ciudadana", "code": "PARTICIPATION"},
              {"kind": "municipality", "text": "Chihuahua, Chihuahua", "code": "08019"}]}""";

    @Inject
    PracticeSuggest suggest;

    @GET
    @PermitAll
    @Operation(operationId = "suggestPractices", summary = "Type-ahead for search boxes",
            description = "Published practices' titles, and the municipalities, states, principles and SDG goals that "
                    + "published practices refer to, whose text starts with or contains `q`, ignoring accents and case "
                    + "(`q=pres` finds \"Presupuesto participativo\", `q=juarez` finds \"Juárez, Chihuahua\"). Best first: "
                    + "the text starts with `q`, then a word starts with it, then it is inside a word (looked for only when `q` has three "
                    + "letters or more and the others found fewer than `limit`); alphabetically within each. "
                    + "The same for every caller (only published practices count). A practice published, renamed, "
                    + "withdrawn or archived is suggested accordingly within about a second of its commit.")
    @APIResponse(responseCode = "200", description = "At most `limit` suggestions (none is an empty list)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Suggestions.class),
                    examples = @ExampleObject(name = "pres", value = EXAMPLE)),
            headers = @Header(name = "Cache-Control", description = "Suggestions may be reused for a minute",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, example = CACHE)))
    @APIResponse(responseCode = "400", description = "`q` missing, blank or longer than 100 characters, or `limit` "
            + "outside 1–20")
    public RestResponse<Suggestions> suggest(
            @QueryParam("q") @Parameter(description = "What was typed so far, 1–100 characters", required = true,
                    example = "pres", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = MAX_QUERY_LENGTH))
            String q,
            @QueryParam("limit") @Parameter(description = "How many suggestions, 1–20 (default 8)", example = "8",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "20",
                            defaultValue = "8"))
            String limit) {
        if (q == null || q.isBlank() || q.length() > MAX_QUERY_LENGTH) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'q' es obligatorio y tiene de 1 a " + MAX_QUERY_LENGTH + " caracteres.",
                    "The 'q' parameter is required and has 1 to " + MAX_QUERY_LENGTH + " characters.");
        }
        Integer count = QueryParams.optionalInt("limit", limit);
        if (count != null && (count < 1 || count > MAX_LIMIT)) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'limit' debe estar entre 1 y " + MAX_LIMIT + ".",
                    "The 'limit' parameter must be between 1 and " + MAX_LIMIT + ".");
        }
        return RestResponse.ResponseBuilder.ok(suggest.suggest(q, count == null ? DEFAULT_LIMIT : count))
                .header("Cache-Control", CACHE).build();
    }
}
