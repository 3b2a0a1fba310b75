package org.cajaga.scoring.consolidation;

import static org.cajaga.scoring.criteria.CriteriaSetBounds.CRITERION_MAX_LENGTH;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.CRITERION_PATTERN;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.MAX_CRITERIA;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.MAX_VERSION;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.SET_CODE_MAX_LENGTH;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.SET_CODE_PATTERN;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cajaga.scoring.evaluation.CriterionVerdict;
import org.cajaga.scoring.evaluation.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A deciding review: verdicts for criteria on which the expert evaluations tie")
public record DecisionInput(
        @NotBlank @Size(max = SET_CODE_MAX_LENGTH) @Pattern(regexp = SET_CODE_PATTERN)
        @Schema(description = "Code of the criteria set", example = "mapeo-2022") String criteriaSet,
        @NotNull @Min(1) @Max(MAX_VERSION) @Schema(description = "The consolidated version", example = "1")
        Integer criteriaSetVersion,
        @NotEmpty @Size(max = MAX_CRITERIA) @Schema(description = "One decision per tied criterion")
        List<@NotNull @Valid Decision> decisions) {

    @Schema(name = "CriterionDecision", description = "The deciding verdict on one tied criterion")
    public record Decision(
            @NotBlank @Size(max = CRITERION_MAX_LENGTH) @Pattern(regexp = CRITERION_PATTERN)
            @Schema(description = "A tied criterion of the version", example = "SUSTAINABILITY") String criterion,
            @NotNull Verdict verdict,
            @NotBlank @Size(max = CriterionVerdict.MAX_JUSTIFICATION)
            @Schema(example = "El presupuesto multianual aprobado en cabildo garantiza su continuidad.")
            String justification) {
    }
}
