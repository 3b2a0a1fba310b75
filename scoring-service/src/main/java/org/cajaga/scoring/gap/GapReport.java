package org.cajaga.scoring.gap;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.cajaga.scoring.consolidation.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GapReport", description = "What a practice lacks to reach each class of its criteria-set version's rule, "
        + "and published practices that meet what it lacks")
public record GapReport(
        @Schema(description = "The evaluation asked about", example = "01936b90-1d2e-7f00-8a00-1b2c3d4e5f61") UUID evaluationId,
        @Schema(example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") UUID practiceId,
        @Schema(example = "mapeo-2022") String criteriaSet,
        @Schema(example = "1") int criteriaSetVersion,
        GapBasis basis,
        @Schema(description = "Criteria of the version, as its rule counts them", example = "12") int criteriaCount,
        @Schema(description = "Criteria met by the basis", example = "7") int criteriaMet,
        @Schema(description = "Whether the practice was co-created (as scoring-service last read it from practices-service)")
        boolean cocreated,
        @Schema(description = "The criteria not met, in the version's order") List<MissingCriterion> missingCriteria,
        @Schema(description = "One entry per class of the version's rule, in the rule's order") List<ClassGap> classes,
        @Schema(description = "The lessons learned linked (in taxonomy-service) to some of the missing criteria, in "
                + "taxonomy-service's order") List<RelatedLesson> lessons,
        @Schema(description = "Up to five published practices that meet the most of the missing criteria; those "
                + "practices-service finds similar to this practice first") List<ExamplePractice> examples) {

    /** Most examples a report names. */
    public static final int MAX_EXAMPLES = 5;

    @Schema(name = "GapMissingCriterion", description = "A criterion not met")
    public record MissingCriterion(
            @Schema(example = "PARTICIPATION") String code,
            @Schema(description = "Its name in the request's language", example = "Participación ciudadana") String name) {
    }

    @Schema(name = "GapLesson", description = "A lesson learned that helps meet some of the missing criteria")
    public record RelatedLesson(
            @Schema(example = "COCREATION") String code,
            @Schema(description = "Its name in the request's language", example = "La cocreación como base") String name,
            @Schema(description = "The missing criteria it is linked to, in the version's order",
                    example = "[\"RECOGNITION\", \"PARTICIPATION\"]") List<String> relatedCriteria) {
    }

    @Schema(name = "GapClass", description = "How far the practice is from one class of the rule")
    public record ClassGap(
            @Schema(example = "GOOD_PRACTICE") String classification,
            @Schema(description = "Least percentage of criteria met the class asks for", example = "80") BigDecimal minPercentMet,
            @Schema(description = "Whether the class also asks for co-creation", example = "false") boolean requiresCoCreation,
            @Schema(description = "More criteria to meet: ⌈minPercentMet × criteriaCount / 100⌉ minus those met, at least 0",
                    example = "3") int criteriaNeeded,
            @Schema(description = "The class asks for co-creation and the practice was not co-created", example = "false")
            boolean coCreationMissing,
            @Schema(description = "Nothing is missing for this class", example = "false") boolean reached) {
    }

    @Schema(name = "GapExamplePractice",
            description = "A published practice whose consolidated score meets some of the missing criteria")
    public record ExamplePractice(
            @Schema(example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f81") UUID id,
            @Schema(description = "Its title (as practices-service last gave it)", example = "Ejemplo: cabildo abierto digital")
            String title,
            @Schema(description = "Its class under its latest consolidation in the same criteria set", example = "GOOD_PRACTICE")
            Classification classification,
            @Schema(description = "The missing criteria its consolidated score meets, in the version's order",
                    example = "[\"PARTICIPATION\", \"EVIDENCE\"]") List<String> meetsCriteria,
            @Schema(description = "Whether practices-service lists it among the practices similar to this one "
                    + "(shared principles, lessons, targets, alike places)", example = "true") boolean similar,
            @Schema(description = "The practice in the API",
                    example = "https://api.cajaga.mx/api/v1/practices/01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f81") URI link) {
    }
}
