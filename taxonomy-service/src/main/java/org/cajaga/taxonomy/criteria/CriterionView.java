package org.cajaga.taxonomy.criteria;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Criterion", description = "One criterion, in the request's language")
public record CriterionView(
        @Schema(description = "Stable code", example = "TRANSPARENCY") String code,
        @Schema(example = "Transparencia y acceso a la información") String name,
        @Schema(example = "Abre procesos y pone a disposición la información gubernamental sin barreras ni costos.")
        String description) {
}
