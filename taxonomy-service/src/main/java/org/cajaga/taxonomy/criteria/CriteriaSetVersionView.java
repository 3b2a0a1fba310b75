package org.cajaga.taxonomy.criteria;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaSetVersion", description = "A numbered version of a criteria set: criteria and classification rule")
public record CriteriaSetVersionView(
        @Schema(example = "mapeo-2022") String criteriaSet,
        @Schema(description = "Version number", example = "1") int number,
        @Schema(description = "DRAFT (editable) or PUBLISHED (immutable)", example = "PUBLISHED") VersionStatus status,
        @Schema(description = "When it was published (RFC 3339, UTC)", example = "2022-01-01T00:00:00Z") Instant publishedAt,
        List<CriterionView> criteria,
        ClassificationRule rule,
        @Schema(description = "Version for optimistic locking; also in the ETag", example = "0") long version,
        @Schema(example = "2022-01-01T00:00:00Z") Instant updatedAt) {
}
