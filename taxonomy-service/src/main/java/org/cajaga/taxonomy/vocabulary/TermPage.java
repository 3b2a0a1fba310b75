package org.cajaga.taxonomy.vocabulary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a page of terms is documented; the answer itself is a {@code Page<TermView>}. */
@Schema(name = "TermPage", description = "One page of terms in curator order")
public record TermPage(
        @Schema(description = "Items of this page") List<TermView> items,
        @Schema(description = "Cursor for the next page; absent on the last page", example = "YzEfQUNDT1VOVEFCSUxJVFk") String next) {
}
