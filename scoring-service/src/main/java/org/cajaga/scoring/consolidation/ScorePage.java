package org.cajaga.scoring.consolidation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the shape of a page of scores ({@code Page<ScoreView>}) for the OpenAPI document. */
@Schema(name = "ScorePage", description = "One page of scores waiting for a deciding review, oldest first")
public record ScorePage(
        @Schema(description = "Items of this page") List<ScoreView> items,
        @Schema(description = "Cursor for the next page; absent on the last page",
                example = "YzEfMDE5MzZjMDItNGI1YS03ZTEwLTljMDAtMmQzZTRmNWE2Yjcw")
        String next) {
}
