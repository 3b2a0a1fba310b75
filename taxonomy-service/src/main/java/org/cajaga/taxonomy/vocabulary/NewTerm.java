package org.cajaga.taxonomy.vocabulary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.cajaga.support.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A term to add to a vocabulary")
public record NewTerm(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{cajaga.code.upperSnake}")
        @Schema(description = "Stable code, UPPER_SNAKE_CASE", example = "NEIGHBOURHOOD_COUNCIL") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull @Valid LocalizedText description,
        @NotNull @Min(1) @Max(10000) @Schema(description = "Display order", example = "7") Integer position) {
}
