package org.cajaga.taxonomy.criteria;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A version of a criteria set, without its criteria")
public record VersionSummary(
        @Schema(example = "1") int number,
        @Schema(example = "PUBLISHED") VersionStatus status,
        @Schema(example = "2022-01-01T00:00:00Z") Instant publishedAt) {

    static VersionSummary of(CriteriaSetVersion version) {
        return new VersionSummary(version.number, version.status, version.publishedAt);
    }
}
