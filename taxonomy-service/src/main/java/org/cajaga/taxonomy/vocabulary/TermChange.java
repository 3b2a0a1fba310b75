package org.cajaga.taxonomy.vocabulary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.cajaga.support.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new content of an existing term; the code never changes")
public record TermChange(
        @NotNull @Valid LocalizedText name,
        @NotNull @Valid LocalizedText description,
        @NotNull @Min(1) @Max(10000) @Schema(description = "Display order", example = "1") Integer position) {
}
