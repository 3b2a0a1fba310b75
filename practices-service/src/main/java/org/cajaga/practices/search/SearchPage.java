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
        @Schema(description = "With `updatedSince`: records that stopped being public, in the same stretch of the feed "
                + "as `items`; apply them before `items` (a record in both was removed and then published again)")
        List<Removal> removed,
        @Schema(description = "With `updatedSince`: where this page leaves the feed, on every page. Keep it and poll "
                + "later with the same parameters and `cursor` set to it: you get every change that committed since, "
                + "nothing skipped. Equals `next` when there is a next page. The ETag leaves it out: a poll that "
                + "finds nothing new answers 304, and the `resume` you kept still holds.")
        String resume,
        @Schema(description = "With `q`: how the records matched. `fulltext`: Spanish full-text search (accents, "
                + "singular and plural, masculine and feminine and word families do not matter). `fuzzy`: full text "
                + "found nothing, so these are near matches of the words in title, tags and the names of "
                + "principles, lessons, state and municipalities (typos)",
                enumeration = {"fulltext", "fuzzy"}, example = "fuzzy") String matchedBy,
        @Schema(description = "With `matchedBy: fuzzy`: the query with each word replaced by the closest word of the "
                + "best near match, lower case and without accents, to offer as \"did you mean\"; absent when that "
                + "changes nothing", maxLength = PracticeFilters.MAX_QUERY_LENGTH * 4, example = "participacion ciudadana")
        String didYouMean,
        @Schema(description = "With `highlight=true` and `q`: per item id, HTML-escaped snippets in which the matching "
                + "words are wrapped in `<mark>`…`</mark>` (the only markup)")
        Map<String, Highlight> highlights) {

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

    @Schema(name = "PracticeHighlight", description = "Where an item matched, as HTML: escaped text with `<mark>` around "
            + "matching words")
    public record Highlight(
            @Schema(description = "The whole title", example = "Presupuesto <mark>participativo</mark> en colonias")
            String title,
            @Schema(description = "Some 35 words around the first match in summary, description, problem or objectives "
                    + "(the start of the summary when the match was elsewhere, e.g. in a label); `…` where cut",
                    example = "… las vecinas y vecinos deciden en asamblea y la <mark>participación</mark> crece …")
            String text) {
    }
}
