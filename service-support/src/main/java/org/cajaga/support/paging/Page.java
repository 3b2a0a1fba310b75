package org.cajaga.support.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list in a stable order; {@code next} is absent on the last page. */
public record Page<T>(
        @Schema(description = "Items of this page") List<T> items,
        @Schema(description = "Cursor for the next page; absent on the last page", example = "YzEfQUNDT1VOVEFCSUxJVFk")
        String next) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that
     * there is more, and the cursor points after the last row served.
     */
    public static <E, T> Page<T> from(List<E> fetched, int limit, Function<E, Cursor> cursorOf, Function<E, T> toItem) {
        boolean more = fetched.size() > limit;
        List<E> served = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursorOf.apply(served.get(served.size() - 1)).encode() : null;
        return new Page<>(served.stream().map(toItem).toList(), next);
    }
}
