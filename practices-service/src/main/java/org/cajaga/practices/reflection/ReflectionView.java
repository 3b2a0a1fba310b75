package org.cajaga.practices.reflection;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reflection", description = "A reflection as served; `hidden` and its reason only for editors")
public record ReflectionView(
        UUID id,
        UUID practiceId,
        @Schema(example = "ana.academica") String author,
        @Schema(example = "ACADEMIA") String sector,
        String text,
        ReflectionInput.Adaptation adaptation,
        @Schema(description = "Editors only: hidden by moderation") Boolean hidden,
        @Schema(description = "Editors only") String hiddenReason,
        @Schema(description = "Version for optimistic locking; also in the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static ReflectionView of(Reflection reflection, boolean forEditors) {
        ReflectionInput.Adaptation adaptation = reflection.adaptElements == null ? null
                : new ReflectionInput.Adaptation(reflection.adaptMunicipality, reflection.adaptElements, reflection.adaptReason);
        return new ReflectionView(reflection.id, reflection.practiceId, reflection.authorName, reflection.sector,
                reflection.text, adaptation, forEditors ? reflection.hidden : null,
                forEditors ? reflection.hiddenReason : null, reflection.version, reflection.createdAt, reflection.updatedAt);
    }
}
