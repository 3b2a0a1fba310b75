package org.cajaga.scoring.stats;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How often each criterion of one version is met in consolidated evaluations")
public record CriterionRates(
        @Schema(example = "mapeo-2022") String criteriaSet,
        @Schema(example = "1") int criteriaSetVersion,
        @Schema(description = "Practices with enough expert evaluations under this version", example = "41") long practices,
        List<Rate> criteria) {

    @Schema(name = "CriterionRate")
    public record Rate(
            @Schema(example = "TRANSPARENCY") String criterion,
            @Schema(example = "39") long met,
            @Schema(example = "2") long notMet,
            @Schema(description = "Tied, waiting for a deciding review", example = "0") long disputed,
            @Schema(description = "Percent of those practices where it is met", example = "95.12") BigDecimal metPercent) {
    }
}
