package org.cajaga.taxonomy.geography;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new official name for a municipality",
        example = "{\"name\": \"Cintalapa de Figueroa\", \"reason\": \"INEGI AGEEML, actualización 2024\"}")
public record MunicipalityRename(
        @NotBlank @Size(max = 200) @Schema(example = "Cintalapa de Figueroa") String name,
        @NotBlank @Size(max = 2000) @Schema(description = "Why, with the source", example = "INEGI AGEEML, actualización 2024")
        String reason) {
}
