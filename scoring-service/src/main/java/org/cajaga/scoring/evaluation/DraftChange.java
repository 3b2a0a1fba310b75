package org.cajaga.scoring.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The verdicts of a draft evaluation, replacing the previous ones")
public record DraftChange(@NotNull @Size(max = 100) List<@NotNull @Valid CriterionVerdict> verdicts) {
}
