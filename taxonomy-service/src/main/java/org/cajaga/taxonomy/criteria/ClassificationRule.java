package org.cajaga.taxonomy.criteria;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The classification rule of a criteria-set version, as data a client can apply itself: compute the
 * share of criteria met, then take the first class (in order) whose threshold and co-creation
 * requirement hold.
 */
@Schema(description = "How a consolidated evaluation becomes a classification under this version")
public record ClassificationRule(
        @Schema(description = "Number of criteria in this version", example = "12") int criteriaCount,
        @Schema(description = "Classes in the order they are tried; the first that holds applies") List<ClassRequirement> classes,
        @Schema(description = "The algorithm in words, in the request's language") String howToApply) {

    @Schema(description = "What a practice needs to reach one class")
    public record ClassRequirement(
            @Schema(description = "EMBLEMATIC, GOOD_PRACTICE or NOT_CLASSIFIED", example = "EMBLEMATIC") String classification,
            @Schema(description = "Least percentage of criteria met (0-100)", example = "100") BigDecimal minPercentMet,
            @Schema(description = "Whether the practice must also have been co-created", example = "true") boolean requiresCoCreation) {
    }

    static final String HOW_TO_APPLY_ES = "Calcule porcentaje = 100 × criterios cumplidos / criteriaCount en la evaluación "
            + "consolidada. Recorra 'classes' en orden y asigne la primera cuyo minPercentMet sea menor o igual al "
            + "porcentaje y cuyo requisito de cocreación se cumpla. Sin evaluación consolidada la clasificación es PENDING.";
    static final String HOW_TO_APPLY_EN = "Compute percent = 100 × criteria met / criteriaCount in the consolidated "
            + "evaluation. Walk 'classes' in order and assign the first whose minPercentMet is at most the percent and "
            + "whose co-creation requirement holds. Without a consolidated evaluation the classification is PENDING.";
}
