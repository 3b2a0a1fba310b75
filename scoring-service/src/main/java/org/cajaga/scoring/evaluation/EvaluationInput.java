package org.cajaga.scoring.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new evaluation (a DRAFT until submitted). Verdicts may be incomplete while it is a draft; "
        + "on submission every criterion of the version needs exactly one.")
public record EvaluationInput(
        @NotNull @Schema(description = "The practice evaluated (SUBMITTED or PUBLISHED)",
                example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") UUID practiceId,
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") @Schema(example = "mapeo-2022") String criteriaSet,
        @NotNull @Min(1) @Schema(description = "Published version of the criteria set; pinned for good", example = "1")
        Integer criteriaSetVersion,
        @NotNull @Schema(description = "EXPERT_REVIEW (role evaluator) or SELF_ASSESSMENT (the practice's integrator or an editor)",
                example = "EXPERT_REVIEW") EvaluationKind kind,
        @NotNull @Size(max = 100) List<@NotNull @Valid CriterionVerdict> verdicts) {
}
