package org.cajaga.scoring.evaluation;

import static org.cajaga.scoring.criteria.CriteriaSetBounds.MAX_CRITERIA;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The verdicts of a draft evaluation, replacing the previous ones")
public record DraftChange(
        @NotNull @Size(max = MAX_CRITERIA) @Schema(description = "At most one verdict per criterion of the version")
        List<@NotNull @Valid CriterionVerdict> verdicts) {
}
