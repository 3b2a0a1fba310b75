package org.cajaga.practices.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents a page of a practice's history as served (the body of a {@code Page<ChangeView>}). */
@Schema(name = "PracticeChangePage", description = "One page of a practice's changes, oldest first")
public record ChangePage(
        @Schema(description = "Changes of this page") List<ChangeView> items,
        @Schema(description = "Cursor for the next page; absent on the last page", example = "YzEfQUNDT1VOVEFCSUxJVFk")
        String next) {
}
