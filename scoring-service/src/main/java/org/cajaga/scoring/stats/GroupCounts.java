package org.cajaga.scoring.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Practices per classification within one group (a state, an SDG goal, a principle)")
public record GroupCounts(
        @Schema(description = "The group: INEGI state code, SDG goal number or principle code", example = "08") String key,
        ClassificationCounts counts) {
}
