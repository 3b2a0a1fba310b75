package org.cajaga.scoring.consolidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cajaga.scoring.evaluation.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A deciding review: verdicts for criteria on which the expert evaluations tie")
public record DecisionInput(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") @Schema(example = "mapeo-2022") String criteriaSet,
        @NotNull @Min(1) @Schema(example = "1") Integer criteriaSetVersion,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Decision> decisions) {

    @Schema(name = "CriterionDecision", description = "The deciding verdict on one tied criterion")
    public record Decision(
            @NotBlank @Schema(example = "COCREATION") String criterion,
            @NotNull @Schema(example = "MET") Verdict verdict,
            @NotBlank @Size(max = 5000) @Schema(example = "El acta de la mesa 3 muestra la cocreación del diagnóstico.")
            String justification) {
    }
}
