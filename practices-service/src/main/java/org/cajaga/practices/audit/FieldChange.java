package org.cajaga.practices.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One field's value before and after a change (JSON values; absent = not set)")
public record FieldChange(
        @Schema(example = "title") String field,
        @Schema(description = "Any JSON value", implementation = Object.class) JsonNode oldValue,
        @Schema(description = "Any JSON value", implementation = Object.class) JsonNode newValue) {
}
