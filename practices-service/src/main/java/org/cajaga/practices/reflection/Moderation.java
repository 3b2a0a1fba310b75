package org.cajaga.practices.reflection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An editor's moderation decision")
public record Moderation(
        @NotNull @Schema(example = "true") Boolean hidden,
        @Size(max = 1000) @Schema(example = "Contiene datos personales") String reason) {
}
