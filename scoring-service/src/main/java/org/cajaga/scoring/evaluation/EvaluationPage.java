package org.cajaga.scoring.evaluation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the shape of a page of evaluations ({@code Page<EvaluationView>}) for the OpenAPI document. */
@Schema(name = "EvaluationPage", description = "One page of evaluations, oldest first")
public record EvaluationPage(
        @Schema(description = "Items of this page") List<EvaluationView> items,
        @Schema(description = "Cursor for the next page; absent on the last page",
                example = "YzEfMDE5MzZiOTAtMWQyZS03ZjAwLThhMDAtMWIyYzNkNGU1ZjYw")
        String next) {
}
