package org.cajaga.practices.adapt;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.UUID;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices/{id: [0-9a-fA-F-]{36}}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adaptation", description = "Which practices fit a municipality, which are alike, and what local actors "
        + "would adapt from them.")
public class PracticeAdaptationResource {

    @Inject
    SimilarPractices similar;

    @Inject
    AdaptationNotes notes;

    @Context
    Request request;

    @GET
    @Path("similar")
    @PermitAll
    @Operation(operationId = "listSimilarPractices", summary = "Published practices like this one",
            description = "Published practices other than this one, ranked in PostgreSQL by what they share: the "
                    + "Jaccard index (shared / all distinct) of their principles (weight 0.25), lessons (0.20), SDG "
                    + "targets (0.20) and the words of their problem and objectives (0.20; the Spanish search's "
                    + "accent-free stems, stop words dropped), plus 0.10 when one of their municipalities has a size "
                    + "class of this one's and 0.05 in the same state. The weights are the project's choice. Only "
                    + "practices sharing at least one SDG target or word are listed (principles and lessons, four and ten "
                    + "codes, count in the score but do not make a practice similar on their own). `score` (0–1, three "
                    + "decimals) highest first, then `id`. Anyone may ask about a published practice; about another, "
                    + "only who may read it (otherwise 404).")
    @APIResponse(responseCode = "200", description = "The similar practices, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimilarPage.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "`limit` not an integer from 1 to 50")
    @APIResponse(responseCode = "404", description = "No such practice, or not visible to you")
    @APIResponse(responseCode = "503", description = "The ranking ran past its time limit and was cancelled, or the "
            + "database cannot be reached; retry after `Retry-After` seconds")
    public RestResponse<String> similar(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id,
            @QueryParam("limit") @Parameter(description = ResultLimit.DESCRIPTION,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "50",
                            defaultValue = "10")) String limit) {
        String page = similar.of(id, ResultLimit.of(limit));
        return Preconditions.okOrNotModified(request, EntityTags.of("similar", id, page), CacheControl.valueOf("no-cache"),
                page);
    }

    @GET
    @Path("adaptations")
    @PermitAll
    @Operation(operationId = "listPracticeAdaptations", summary = "What reflections would adapt from this practice",
            description = "The adaptation elements that the reflections on this practice name (only reflections that "
                    + "moderation left visible), aggregated in PostgreSQL: each reflection's `adaptation.elements` is split "
                    + "at commas, semicolons and line breaks, elements that differ only in case, accents or spacing count "
                    + "as one, shown in their most common spelling, with how many reflections name them; and the "
                    + "municipalities the reflections would adapt it to. Visible like the practice's reflections (404 "
                    + "otherwise).")
    @APIResponse(responseCode = "200", description = "The elements and municipalities, most named first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PracticeAdaptations.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such practice, or not visible to you")
    public RestResponse<PracticeAdaptations> adaptations(
            @PathParam("id") @Parameter(description = "The practice's id") UUID id) {
        PracticeAdaptations adaptations = notes.of(id);
        return Preconditions.okOrNotModified(request, EntityTags.of("adaptations", id, adaptations),
                CacheControl.valueOf("no-cache"), adaptations);
    }
}
