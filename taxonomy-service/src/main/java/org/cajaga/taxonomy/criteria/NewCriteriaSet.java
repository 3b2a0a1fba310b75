package org.cajaga.taxonomy.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.cajaga.support.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new criteria set; its first version is then drafted with POST .../versions")
public record NewCriteriaSet(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "{cajaga.code.lowerDash}")
        @Schema(example = "mapeo-2026") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull @Valid LocalizedText description) {
}
