package org.cajaga.practices.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One field's value before and after a change (JSON values; absent = not set)")
public record FieldChange(
        @Schema(example = "title") String field,
        @Schema(example = "\"Ejemplo: Presupuesto participativo\"") JsonNode oldValue,
        @Schema(example = "\"Ejemplo: Presupuesto participativo en colonias\"") JsonNode newValue) {
}
