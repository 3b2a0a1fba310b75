package org.cajaga.taxonomy.geography;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A municipality INEGI created after the catalogue was loaded")
public record NewMunicipality(
        @NotNull @Pattern(regexp = "[0-9]{5}", message = "{cajaga.cvegeo.format}")
        @Schema(example = "04013") String cvegeo,
        @NotBlank @Size(max = 200) @Schema(example = "Dzitbalché") String name,
        @NotBlank @Size(max = 2000) @Schema(description = "Why, with the source", example = "Creado por decreto; INEGI AGEEML")
        String reason) {
}
