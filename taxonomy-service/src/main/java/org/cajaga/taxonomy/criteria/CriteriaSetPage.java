package org.cajaga.taxonomy.criteria;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a page of criteria sets is documented; the answer itself is a {@code Page<CriteriaSetView>}. */
@Schema(name = "CriteriaSetPage", description = "One page of criteria sets by code")
public record CriteriaSetPage(
        @Schema(description = "Items of this page") List<CriteriaSetView> items,
        @Schema(description = "Cursor for the next page; absent on the last page", example = "bWFwZW8tMjAyMg") String next) {
}
