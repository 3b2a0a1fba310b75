package org.cajaga.taxonomy.validation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/taxonomy/validation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Code validation", description = "One round trip to check every taxonomy code a record refers to.")
public class CodeValidationResource {

    @Inject
    CodeValidationService validation;

    @POST
    @PermitAll
    @Operation(operationId = "validateCodes", summary = "Check codes in bulk",
            description = "Given principles, lessons, sectors, SDG goals and targets, states, municipalities (CVEGEO) "
                    + "and criteria-set versions, answers which are unknown. Read-only; nothing is stored. "
                    + "At most 5,000 codes per kind and 100 criteria-set versions.")
    @APIResponse(responseCode = "200", description = "The report; `valid` is false when anything is unknown",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationReport.class)))
    @APIResponse(responseCode = "422", description = "Invalid entries, listed one by one in `violations`")
    public ValidationReport validate(@NotNull @Valid CodeSet codes) {
        return validation.validate(codes);
    }
}
