package org.cajaga.practices.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cajaga.practices.practice.PracticeView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of practices, with facet counts when asked for and, in a change feed, what left")
public record SearchPage(
        List<PracticeView> items,
        @Schema(description = "Cursor for the next page; absent on the last page") String next,
        @Schema(description = "Counts over all matching records (with `facets=true`)") Facets facets,
        @Schema(description = "With `updatedSince`: records that stopped being public in this page's time window")
        List<Removal> removed) {

    @Schema(name = "PracticeFacets", description = "Matching records per value, e.g. `state: {\"08\": 12}`")
    public record Facets(
            Map<String, Long> state,
            Map<String, Long> classification,
            Map<String, Long> principle,
            Map<String, Long> sdgGoal) {
    }

    @Schema(name = "PracticeRemoval", description = "A tombstone: this record is no longer public")
    public record Removal(
            UUID id,
            @Schema(description = "ARCHIVED, WITHDRAWN or DELETED", example = "ARCHIVED") String reason,
            Instant removedAt) {
    }
}
