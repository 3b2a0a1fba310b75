package org.cajaga.scoring.evaluation;

import static org.cajaga.scoring.criteria.CriteriaSetBounds.CRITERION_MAX_LENGTH;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.CRITERION_PATTERN;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The verdict on one criterion, with why and where to see it")
public record CriterionVerdict(
        @NotBlank @Size(max = CRITERION_MAX_LENGTH) @Pattern(regexp = CRITERION_PATTERN)
        @Schema(description = "Criterion code of the pinned version", example = "PARTICIPATION") String criterion,
        @NotNull Verdict verdict,
        @Size(max = MAX_JUSTIFICATION) @Schema(description = "Why; required when the verdict is MET",
                example = "Las mesas vecinales decidieron el 100 % del presupuesto asignado.") String justification,
        @Size(max = MAX_EVIDENCE) @Schema(description = "Links to the evidence (http or https)",
                example = "[\"https://presupuesto.example.gob.mx/actas/2023\"]")
        List<@NotNull @Size(max = MAX_LINK_LENGTH) @Pattern(regexp = "^https?://\\S{3,}$") String> evidence) {

    public static final int MAX_JUSTIFICATION = 5000;
    public static final int MAX_EVIDENCE = 20;
    public static final int MAX_LINK_LENGTH = 2000;

    public List<String> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }
}
