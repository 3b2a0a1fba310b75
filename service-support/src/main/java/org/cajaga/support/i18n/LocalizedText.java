package org.cajaga.support.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text given in both languages the API serves; curators always write both. */
@Schema(description = "Text in Spanish and English", example = "{\"es\": \"Transparencia\", \"en\": \"Transparency\"}")
public record LocalizedText(
        @NotBlank @Size(max = 4000) String es,
        @NotBlank @Size(max = 4000) String en) {
}
