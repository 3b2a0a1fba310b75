package org.cajaga.scoring.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The verdict on one criterion, with why and where to see it")
public record CriterionVerdict(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") @Schema(description = "Criterion code of the pinned version",
                example = "CITIZEN_PARTICIPATION") String criterion,
        @NotNull @Schema(example = "MET") Verdict verdict,
        @Size(max = 5000) @Schema(description = "Why; required when the verdict is MET",
                example = "Las mesas vecinales decidieron el 100 % del presupuesto asignado.") String justification,
        @Size(max = 20) @Schema(description = "Links to the evidence (http or https)",
                example = "[\"https://presupuesto.example.gob.mx/actas/2023\"]")
        List<@NotNull @Pattern(regexp = "https?://\\S{3,2000}") String> evidence) {

    public List<String> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }
}
