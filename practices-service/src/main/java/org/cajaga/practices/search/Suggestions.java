package org.cajaga.practices.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeSuggestions", description = "Completions for a search box, best first: texts starting with "
        + "`q`, then a word starting with it, then `q` inside a word; alphabetically within each")
public record Suggestions(@Schema(maxItems = SuggestResource.MAX_LIMIT) List<Suggestion> items) {

    @Schema(name = "PracticeSuggestion", description = "A published practice's title, or a municipality, state, principle "
            + "or SDG goal that published practices refer to")
    public record Suggestion(
            @Schema(description = "What it is; a title opens the practice (`id`), the others filter the search by "
                    + "`code` (parameters `municipality`, `state`, `principle`, `sdgGoal`)",
                    enumeration = {"title", "municipality", "state", "principle", "sdgGoal"}, example = "municipality")
            String kind,
            @Schema(description = "What to show, in Spanish; municipalities with their state", example = "Chihuahua, Chihuahua")
            String text,
            @Schema(description = "The code to filter by (not for titles)", example = "08019") String code,
            @Schema(description = "The practice (titles only)", format = "uuid") String id) {
    }
}
