package org.cajaga.taxonomy.geography;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A municipality INEGI created after the catalogue was loaded",
        example = "{\"cvegeo\": \"02007\", \"name\": \"San Felipe\", "
                + "\"reason\": \"Creado por decreto del Congreso de Baja California (2020); INEGI AGEEML\"}")
public record NewMunicipality(
        @NotNull @Pattern(regexp = "^[0-9]{5}$", message = "{cajaga.cvegeo.format}")
        @Schema(description = "INEGI CVEGEO: the two-digit code of an existing state + the new municipality code",
                minLength = 5, maxLength = 5, example = "02007") String cvegeo,
        @NotBlank @Size(max = 200) @Schema(example = "San Felipe") String name,
        @NotBlank @Size(max = 2000) @Schema(description = "Why, with the source", example = "Creado por decreto del Congreso de Baja California (2020); INEGI AGEEML")
        String reason) {
}
