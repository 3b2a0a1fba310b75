package org.cajaga.practices.adapt;

import java.util.List;
import java.util.UUID;
import org.cajaga.practices.practice.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Published practices like one practice, best first, each with what makes it alike: the answer's schema. PostgreSQL
 * builds the answer itself as JSON ({@code similar_practices}, migration V14), with these names and types; a null
 * classification is left out, as Jackson leaves out null values.
 */
@Schema(name = "SimilarPage", description = "Published practices ranked by how alike they are to the practice asked about, "
        + "by `score` (highest first), then `id`")
public record SimilarPage(@Schema(description = "The similar practices, best first") List<Item> items) {

    @Schema(name = "SimilarPractice", description = "A published practice like the one asked about")
    public record Item(
            @Schema(example = "0190a3f2-7c1e-7b3a-9f00-5c2d8e4b1a01") UUID id,
            @Schema(example = "Ejemplo: Presupuesto participativo por colonias") String title,
            @Schema(description = "Its classification", nullable = true, example = "GOOD_PRACTICE") Classification classification,
            @Schema(description = "Where it is carried out (CVEGEO)", example = "[\"08019\"]") List<String> municipalities,
            @Schema(description = "INEGI state code", example = "08") String state,
            @Schema(description = "How alike, 0 to 1 (three decimals); weights in the operation's description",
                    minimum = "0", maximum = "1", example = "0.73") double score,
            Reasons reasons) {
    }

    @Schema(name = "SimilarityReasons", description = "What the two practices share")
    public record Reasons(
            @Schema(description = "Principle codes both have", example = "[\"TRANSPARENCY\"]") List<String> sharedPrinciples,
            @Schema(description = "Lesson codes both have", example = "[\"COCREATION\"]") List<String> sharedLessons,
            @Schema(description = "SDG target codes both have", example = "[\"16.6\"]") List<String> sharedTargets,
            @Schema(description = "Words both have in their problem and objectives, as the Spanish search keeps them "
                    + "(accent-free stems, stop words dropped)", example = "[\"presupuest\"]") List<String> sharedWords,
            @Schema(description = "One of its municipalities has a size class of one of the other's", example = "true")
            boolean sameSizeClass,
            @Schema(description = "Same state", example = "false") boolean sameState) {
    }
}
