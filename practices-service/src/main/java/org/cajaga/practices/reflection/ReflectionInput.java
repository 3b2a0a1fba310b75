package org.cajaga.practices.reflection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reflection on a practice: what the author thinks, from which sector, and what they would adapt")
public record ReflectionInput(
        @NotBlank @Size(max = 5000) @Schema(example = "Nos interesa cómo organizaron las asambleas por colonia.") String text,
        @NotBlank @Size(max = 40) @Schema(description = "The author's sector (taxonomy code)", example = "ACADEMIA") String sector,
        @Valid Adaptation adaptation) {

    @Schema(description = "Which elements the author would adapt, to which municipality, and why")
    public record Adaptation(
            @Pattern(regexp = "^[0-9]{5}$") @Size(max = 5) @Schema(description = "CVEGEO", example = "20067") String municipality,
            @NotBlank @Size(max = 2000) @Schema(example = "Las asambleas por colonia y el voto en línea") String elements,
            @Size(max = 2000) @Schema(example = "Tenemos colonias con organización vecinal fuerte") String reason) {
    }
}
