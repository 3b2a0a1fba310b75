package org.cajaga.practices.reflection;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents a page of reflections as served (the body of a {@code Page<ReflectionView>}). */
@Schema(name = "ReflectionPage", description = "One page of reflections, oldest first")
public record ReflectionPage(
        @Schema(description = "Reflections of this page") List<ReflectionView> items,
        @Schema(description = "Cursor for the next page; absent on the last page", example = "YzEfQUNDT1VOVEFCSUxJVFk")
        String next) {
}
