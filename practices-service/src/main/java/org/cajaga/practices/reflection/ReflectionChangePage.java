package org.cajaga.practices.reflection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the reflections' change feed and where to go on. */
@Schema(name = "ReflectionChangePage", description = "Reflections shown and hidden since `updatedSince`, in the order of the "
        + "transactions that wrote them")
public record ReflectionChangePage(
        @Schema(description = "Reflections shown on published practices, as anyone reads them") List<ReflectionView> items,
        @Schema(description = "Reflections an editor hid: drop them") List<Removal> removed,
        @Schema(description = "Cursor of the next page, ready now; absent when this page is the last one for now",
                example = "MTAyNDcBMTAyNTABMDE5MzZiOGUtN2MxYS03ZDJlLTlmMDAtM2I0YzVkNmU3Zjgx") String next,
        @Schema(description = "Cursor to poll from later (with the same `updatedSince`): never skips a commit",
                example = "MTAyNDcBMTAyNTABMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") String resume) {

    static final String HIDDEN = "HIDDEN";

    @Schema(name = "ReflectionRemoval", description = "A reflection no longer shown")
    public record Removal(
            UUID id,
            UUID practiceId,
            @Schema(description = "Why: HIDDEN (by an editor's moderation)", example = "HIDDEN") String reason,
            @Schema(description = "When it was hidden") Instant removedAt) {
    }
}
