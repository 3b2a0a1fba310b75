package org.cajaga.scoring.consolidation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One criterion after consolidation")
public record CriterionOutcome(
        @Schema(example = "PARTICIPATION") String criterion,
        @Schema(description = "Expert evaluations that said MET", example = "2") int met,
        @Schema(description = "Expert evaluations that said NOT_MET", example = "1") int notMet,
        @Schema(example = "MET") ConsolidatedVerdict verdict,
        @Schema(description = "MAJORITY, DECIDING_REVIEW (an admin settled a tie) or TIED", example = "MAJORITY")
        Settlement settledBy,
        @Schema(description = "Percent of the expert evaluations that gave the majority verdict (50 on a tie)",
                example = "66.67") BigDecimal agreementPercent) {
}
