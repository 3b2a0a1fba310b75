package org.cajaga.practices.adapt;

import java.util.List;
import java.util.UUID;
import org.cajaga.practices.practice.Classification;
import org.cajaga.support.geography.SizeClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Practices a municipality could adapt: carried out in places of its size, not yet present there. */
@Schema(name = "SuggestionPage", description = "Published practices for a municipality to adapt: those of municipalities "
        + "of its size class first, then of the nearest classes; best classified first")
public record SuggestionPage(
        @Schema(description = "The municipality asked about, as practices-service knows it") Home municipality,
        @Schema(description = "The suggestions, best first") List<Item> items) {

    @Schema(name = "SuggestionMunicipality", description = "A municipality's profile, copied from taxonomy-service")
    public record Home(
            @Schema(description = "CVEGEO", example = "08019") String cvegeo,
            @Schema(description = "INEGI state code", example = "08") String state,
            @Schema(nullable = true, example = "URBAN") SizeClass sizeClass) {
    }

    @Schema(name = "Suggestion", description = "A published practice suggested for the municipality")
    public record Item(
            @Schema(example = "0190a3f2-7c1e-7b3a-9f00-5c2d8e4b1a01") UUID id,
            @Schema(example = "Ejemplo: Presupuesto participativo por colonias") String title,
            @Schema(description = "Its classification", example = "GOOD_PRACTICE") Classification classification,
            @Schema(description = "Where it is carried out (CVEGEO)", example = "[\"14039\"]") List<String> municipalities,
            @Schema(description = "INEGI state code", example = "14") String state,
            @Schema(description = "The size classes of its municipalities", example = "[\"URBAN\"]") List<SizeClass> sizeClasses,
            @Schema(description = "The adaptation elements visible reflections name for it, the five most named "
                    + "(as in `listPracticeAdaptations`)") List<PracticeAdaptations.Element> adaptationElements,
            Reasons reasons) {
    }

    @Schema(name = "SuggestionReasons", description = "Why the practice is suggested")
    public record Reasons(
            @Schema(description = "One of its municipalities has the municipality's size class", example = "true")
            boolean sameSizeClass,
            @Schema(description = "Classes between the municipality's and the nearest of the practice's (0 the same); "
                    + "absent when either has none", nullable = true, minimum = "0", maximum = "3", example = "0")
            Integer sizeClassDistance,
            @Schema(description = "The asked-for principles it has", example = "[\"PARTICIPATION\"]") List<String> sharedPrinciples,
            @Schema(description = "The asked-for SDG goals it has", example = "[16]") List<Integer> sharedGoals,
            @Schema(description = "It matches the words of `problem`", example = "true") boolean matchesProblem,
            @Schema(description = "Same state as the municipality", example = "false") boolean sameState) {
    }
}
