package org.cajaga.scoring.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Practices per classification (each practice counted once, with its latest consolidation)")
public record ClassificationCounts(
        @Schema(example = "41") long total,
        @Schema(example = "13") long emblematic,
        @Schema(example = "28") long goodPractice,
        @Schema(example = "0") long notClassified,
        @Schema(description = "Waiting for evaluations or for a deciding review", example = "0") long pending) {

    static final ClassificationCounts NONE = new ClassificationCounts(0, 0, 0, 0, 0);

    ClassificationCounts plus(String classification, long count) {
        return new ClassificationCounts(total + count,
                emblematic + ("EMBLEMATIC".equals(classification) ? count : 0),
                goodPractice + ("GOOD_PRACTICE".equals(classification) ? count : 0),
                notClassified + ("NOT_CLASSIFIED".equals(classification) ? count : 0),
                pending + ("PENDING".equals(classification) ? count : 0));
    }
}
