package org.cajaga.practices.export;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.ingest.IngestResource;
import org.cajaga.practices.search.PracticeFilters;
import org.cajaga.support.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/practices:export")
@Tag(name = "Exports", description = "Published practices in bulk, for portals and spreadsheets.")
public class ExportResource {

    private static final String NDJSON = "ndjson";
    private static final String CSV = "csv";

    /** When a caller may try again after every export slot was busy. */
    static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    PracticeExport export;

    @Inject
    ExportSlots slots;

    @GET
    @PermitAll
    @Blocking
    @Produces({IngestResource.NDJSON, IngestResource.CSV})
    @Operation(operationId = "exportPractices", summary = "Export published practices",
            description = "Streams every published practice matching the search filters (no paging), oldest change first: "
                    + "NDJSON (one practice per line, as in GET /practices/{id}) or CSV (UTF-8; `bom=true` adds a byte-order "
                    + "mark so spreadsheets detect the encoding). CSV cells that start with `=`, `+`, `-`, `@`, a tab or a carriage "
                    + "return are written with a leading `'` so spreadsheets show them as text instead of running them as "
                    + "formulas (CSV injection); NDJSON and GET /practices/{id} keep the original text. A few exports stream at "
                    + "once, each on its own database connection, so long downloads never slow other requests down; when "
                    + "all are busy the answer is a 503 problem with `Retry-After` at once.")
    @APIResponse(responseCode = "200", description = "The export, streamed, as an attachment: NDJSON with one Practice "
            + "(as in GET /practices/{id}) per line, or CSV with a header row and one practice per row, lists joined with "
            + "`;`. Empty when nothing matches.",
            content = {@Content(mediaType = IngestResource.NDJSON), @Content(mediaType = IngestResource.CSV)},
            headers = @Header(name = "Content-Disposition", description = "The file name to save it as",
                    schema = @Schema(type = SchemaType.STRING, example = "attachment; filename=\"practicas.csv\"")))
    @APIResponse(responseCode = "400", description = "Invalid filter or format")
    @APIResponse(responseCode = "503", description = "Every export slot is streaming to other callers (or the database is "
            + "unavailable): nothing was exported; retry after `Retry-After` seconds")
    public Response export(@Context RoutingContext routing, @BeanParam PracticeFilters filters,
                           @QueryParam("format") @Parameter(description = "ndjson (default) or csv",
                                   schema = @Schema(type = SchemaType.STRING, enumeration = {NDJSON, CSV})) String format,
                           @QueryParam("bom") @Parameter(description = "CSV only: start with a UTF-8 byte-order mark",
                                   schema = @Schema(type = SchemaType.BOOLEAN)) boolean bom) {
        boolean csv = CSV.equals(format);
        if (format != null && !csv && !NDJSON.equals(format)) {
            throw Problems.of(ProblemType.INVALID_PARAMETER, "El parámetro 'format' debe ser ndjson o csv.",
                    "The 'format' parameter must be ndjson or csv.");
        }
        PracticeExport.Selection selection = export.select(filters);
        ExportSlots.Slot slot = slots.take().orElseThrow(() -> HttpProblem.builder(Problems.of(ProblemType.UNAVAILABLE,
                        "Todas las exportaciones disponibles están en curso; nada se exportó. Reintente tras Retry-After segundos.",
                        "Every export slot is in use; nothing was exported. Retry after Retry-After seconds."))
                .withHeader("Retry-After", RETRY_AFTER_SECONDS).build());
        routing.addEndHandler(ended -> slot.abandon());
        StreamingOutput body = out -> stream(slot, selection, csv, bom, out);
        return Response.ok(body, csv ? IngestResource.CSV + "; charset=UTF-8" : IngestResource.NDJSON)
                .header("Content-Disposition", "attachment; filename=\"practicas." + (csv ? "csv" : "ndjson") + "\"")
                .build();
    }

    private void stream(ExportSlots.Slot slot, PracticeExport.Selection selection, boolean csv, boolean bom,
                        OutputStream out) throws IOException {
        try (slot) {
            if (!slot.start()) {
                throw new IOException("The client left before the export started");
            }
            export.write(selection, csv, bom, out);
        } catch (SQLException unreadable) {
            throw new IllegalStateException("The export could not read the database", unreadable);
        }
    }
}
