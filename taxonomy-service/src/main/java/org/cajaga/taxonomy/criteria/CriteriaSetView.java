package org.cajaga.taxonomy.criteria;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CriteriaSet", description = "A set of criteria with its versions")
public record CriteriaSetView(
        @Schema(description = "Stable code, lower-case with dashes", example = "mapeo-2022") String code,
        @Schema(example = "Criterios del Mapeo de buenas prácticas de gobierno abierto municipal") String name,
        String description,
        @Schema(description = "Highest published version; absent while none is published", example = "1") Integer currentVersion,
        List<VersionSummary> versions,
        @Schema(description = "Version for optimistic locking", example = "0") long version) {
}
