package org.cajaga.scoring.consolidation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The class requirement of the version's rule that gave the classification")
public record AppliedRule(
        @Schema(example = "GOOD_PRACTICE") Classification classification,
        @Schema(description = "Least percentage of criteria met it asks for", example = "80") BigDecimal minPercentMet,
        @Schema(description = "Whether it also asks for co-creation", example = "false") boolean requiresCoCreation) {
}
