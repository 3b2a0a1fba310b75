package org.cajaga.scoring.evaluation;

import static org.cajaga.scoring.criteria.CriteriaSetBounds.MAX_CRITERIA;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.MAX_VERSION;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.SET_CODE_MAX_LENGTH;
import static org.cajaga.scoring.criteria.CriteriaSetBounds.SET_CODE_PATTERN;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new evaluation (a DRAFT until submitted). Verdicts may be incomplete while it is a draft; "
        + "on submission every criterion of the version needs exactly one.")
public record EvaluationInput(
        @NotNull @Schema(type = SchemaType.STRING, format = "uuid", minLength = 36, maxLength = 36,
                description = "The practice evaluated (SUBMITTED or PUBLISHED)",
                example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") UUID practiceId,
        @NotBlank @Size(max = SET_CODE_MAX_LENGTH) @Pattern(regexp = SET_CODE_PATTERN)
        @Schema(description = "Code of the criteria set", example = "mapeo-2022") String criteriaSet,
        @NotNull @Min(1) @Max(MAX_VERSION)
        @Schema(description = "Published version of the criteria set; pinned for good", example = "1")
        Integer criteriaSetVersion,
        @NotNull EvaluationKind kind,
        @NotNull @Size(max = MAX_CRITERIA) @Schema(description = "At most one verdict per criterion of the version")
        List<@NotNull @Valid CriterionVerdict> verdicts) {
}
