package org.cajaga.practices.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/practices:bulk")
@Tag(name = "Government push", description = "Government systems push their practice records machine to machine.")
public class IngestResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    /** The name of a pushing system, as the document gives it. */
    static final String SOURCE = "^[A-Za-z0-9._-]{1,100}$";

    @Inject
    BulkIngest ingest;

    @Inject
    HttpHeaders headers;

    @POST
    @Consumes({NDJSON, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(operationId = "bulkPushPractices", summary = "Push many practices at once",
            description = "NDJSON (one `{\"externalId\": \"...\", \"practice\": {...}}` per line) or CSV (header row; lists "
                    + "joined with `;`; actors, results and evidence as JSON arrays). Read as it arrives, so 10,000+ records "
                    + "per request are fine. Each record is validated and stored on its own and idempotently (keyed by "
                    + "`source` and `externalId`); the answer reports every record: created, updated, unchanged or "
                    + "rejected with its problems. Records outside the token's `municipalities` are rejected (403-type "
                    + "problem) and never stored. `source` must be one the client owns, one of the token's `sources` "
                    + "claim (set per client in Keycloak): with another client's source, or a token without `sources`, "
                    + "every record is rejected with a 403-type problem (`not-allowed`) naming the source. A record not "
                    + "stored for a passing reason (the database unreachable or busy, taxonomy-service down and the "
                    + "record's codes never confirmed before) is rejected with the problem type `record-unavailable` "
                    + "(503) and counted in `summary.retryable`: send it again unchanged later (pushes are idempotent, so "
                    + "sending a stored record twice changes nothing; a retry with the same `Idempotency-Key` only "
                    + "replays this report). When no record could be stored and every one failed for such a reason, the "
                    + "push itself is a 503 problem with `Retry-After` (`unavailable` for the database, "
                    + "`dependency-unavailable` for taxonomy-service) and nothing was stored.")
    @RequestBody(content = {
            @Content(mediaType = NDJSON, schema = @Schema(implementation = BulkLine.class,
                    description = "Each line is one BulkLine")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 209715200,
                    description = "A header row, then one record per row; at most the configured body limit (200 MiB)"),
                    example = "externalId,title,summary,description,stateCode,municipalities,cocreated\n"
                            + "PR-1,Ejemplo: Cabildo abierto,Resumen,Descripción,08,08037,true")})
    @APIResponse(responseCode = "200", description = "The per-record report, in input order (also when some records were "
            + "not stored for a passing reason: see `summary.retryable`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid `source`, or a CSV header with unknown or missing columns")
    @APIResponse(responseCode = "413", description = "The body is larger than the configured limit")
    @APIResponse(responseCode = "503", description = "No record could be stored and every one failed for a passing reason "
            + "(database or taxonomy-service unavailable); nothing was stored: send the same push again after "
            + "`Retry-After` seconds")
    public BulkReport push(@QueryParam("source")
                           @Parameter(description = "Name of the pushing system (letters, digits, `.`, `_`, `-`), one of "
                                   + "the token's `sources`; with each record's externalId it identifies the record",
                                   required = true,
                                   schema = @Schema(type = SchemaType.STRING, pattern = SOURCE, maxLength = 100),
                                   example = "transparencia-chihuahua") String source,
                           InputStream body) {
        if (source == null || !source.matches(SOURCE)) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'source' es obligatorio: de 1 a 100 letras, dígitos, '.', '_' o '-'.",
                    "The 'source' parameter is required: 1 to 100 letters, digits, '.', '_' or '-'.");
        }
        MediaType type = headers.getMediaType();
        BulkIngest.Format format = type != null && type.isCompatible(MediaType.valueOf(CSV))
                ? BulkIngest.Format.CSV : BulkIngest.Format.NDJSON;
        return ingest.ingest(source, body, format);
    }
}
