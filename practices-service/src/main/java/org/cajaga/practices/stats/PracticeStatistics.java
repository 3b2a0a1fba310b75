package org.cajaga.practices.stats;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Counts of published practices, for portals' dashboards")
public record PracticeStatistics(
        @Schema(example = "41") long total,
        @Schema(example = "{\"08\": 5, \"14\": 3}") Map<String, Long> byState,
        @Schema(example = "{\"08037\": 4}") Map<String, Long> byMunicipality,
        @Schema(example = "{\"TRANSPARENCY\": 30}") Map<String, Long> byPrinciple,
        @Schema(example = "{\"16\": 25}") Map<String, Long> bySdgGoal,
        @Schema(example = "{\"EMBLEMATIC\": 13, \"GOOD_PRACTICE\": 28}") Map<String, Long> byClassification) {
}
