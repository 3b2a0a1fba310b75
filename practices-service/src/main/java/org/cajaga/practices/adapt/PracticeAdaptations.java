package org.cajaga.practices.adapt;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the visible reflections on a practice say they would adapt, counted, and where. */
@Schema(name = "PracticeAdaptations", description = "The adaptation elements named by the reflections on a practice that "
        + "moderation left visible, counted, and the municipalities those reflections would adapt it to")
public record PracticeAdaptations(
        @Schema(description = "Elements, most named first, then alphabetically") List<Element> elements,
        @Schema(description = "Municipalities, most named first, then by CVEGEO") List<Place> municipalities) {

    @Schema(name = "AdaptationElement", description = "One element to adapt and how many reflections name it")
    public record Element(
            @Schema(description = "Its most common spelling", example = "Asambleas por colonia") String element,
            @Schema(description = "Reflections that name it (case, accents and spacing aside)", minimum = "1", example = "2")
            long reflections) {
    }

    @Schema(name = "AdaptationPlace", description = "A municipality a reflection would adapt the practice to")
    public record Place(
            @Schema(description = "CVEGEO", example = "20067") String cvegeo,
            @Schema(description = "Its name, from taxonomy-service; absent until the names were copied",
                    nullable = true, example = "Oaxaca de Juárez") String name,
            @Schema(description = "Reflections that name it", minimum = "1", example = "1") long reflections) {
    }
}
