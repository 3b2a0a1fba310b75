package org.cajaga.scoring.gap;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
public class GapResource {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    @Inject
    GapService gaps;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @Path("{id: [0-9a-fA-F-]{36}}/gap")
    @Authenticated
    @Operation(operationId = "getEvaluationGap", summary = "What a practice lacks to reach each class",
            description = "For a submitted SELF_ASSESSMENT, its own verdicts; for any other evaluation, the consolidated "
                    + "score of its practice under the evaluation's version, when you may see that score (as for "
                    + "getPracticeScore: staff any, anyone else a PUBLISHED practice's). Answers the criteria not met (names in "
                    + "the request's language), and for each class of the version's rule, read from taxonomy-service as "
                    + "data, how many more criteria it needs (⌈minPercentMet × criteriaCount / 100⌉ minus those met, at "
                    + "least 0) and whether co-creation is what is missing. Then up to five published practices whose "
                    + "consolidated score meets the most of the missing criteria: first those practices-service lists "
                    + "as similar to this practice (asked with your token: shared principles, lessons, targets, alike "
                    + "places), by the number of missing criteria they meet, then by similarity; then the others. "
                    + "Also the lessons learned that taxonomy-service links to some of the missing criteria, each with "
                    + "those criteria. "
                    + "Who may read the evaluation (its author, admins, editors, evaluators) may read its report.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GapReport.class),
                    examples = @ExampleObject(name = "selfAssessment",
                            summary = "A self-assessment meeting 7 of 12 criteria, not co-created",
                            value = GapExamples.SELF_ASSESSMENT)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such evaluation, or not visible to you")
    @APIResponse(responseCode = "409", description = "The evaluation is a draft and its practice has no consolidated "
            + "score under its version that you may see")
    @APIResponse(responseCode = "503", description = "taxonomy-service or practices-service does not answer")
    public RestResponse<GapReport> gap(@PathParam("id") UUID id) {
        GapReport report = gaps.report(id, uri.getBaseUriBuilder().path("api/v1/practices").build());
        return Preconditions.okOrNotModified(request, EntityTags.of("gap", report), REVALIDATE, report);
    }
}
