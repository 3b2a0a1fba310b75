package org.cajaga.practices.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Practice", description = "A practice record as the API serves it")
public record PracticeView(
        @Schema(description = "Stable id (UUID v7)", example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") UUID id,
        String title,
        String summary,
        String description,
        String problem,
        String objectives,
        String targetPopulation,
        @Schema(example = "es") String language,
        PracticeInput.Location location,
        PracticeInput.Period period,
        @Schema(description = "True when the period has no end") boolean ongoing,
        List<String> responsibleOrganisations,
        List<PracticeInput.Actor> actors,
        PracticeInput.CoCreation coCreation,
        List<String> principles,
        List<String> lessons,
        List<String> sdgTargets,
        @Schema(description = "Derived from sdgTargets", example = "[5, 16]") List<Integer> sdgGoals,
        List<PracticeInput.OutcomeIndicator> results,
        List<PracticeInput.Evidence> evidence,
        PracticeInput.Contact contact,
        List<String> tags,
        @Schema(example = "PUBLISHED") PracticeStatus status,
        ClassificationView classification,
        @Schema(description = "Present for records pushed by a government system") Source source,
        @Schema(description = "Version for optimistic locking; also in the ETag", example = "3") long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant publishedAt) {

    @Schema(name = "PracticeSource", description = "The government system and its own id for this record")
    public record Source(
            @Schema(example = "transparencia-chihuahua") String system,
            @Schema(example = "PR-2023-0042") String externalId) {
    }

    @Schema(name = "PracticeClassification", description = "Set by scoring-service from consolidated evaluations")
    public record ClassificationView(
            @Schema(example = "GOOD_PRACTICE") Classification value,
            @Schema(example = "mapeo-2022") String criteriaSet,
            @Schema(example = "1") Integer criteriaSetVersion,
            UUID evaluationId,
            Instant classifiedAt) {
    }
}
