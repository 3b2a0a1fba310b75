package org.cajaga.taxonomy.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name in both languages, as long as the name columns hold (descriptions are LocalizedText). */
@Schema(description = "Name in Spanish and English", example = "{\"es\": \"Consejos vecinales\", \"en\": \"Neighbourhood councils\"}")
public record LocalizedName(
        @NotBlank @Size(max = MAX_LENGTH) String es,
        @NotBlank @Size(max = MAX_LENGTH) String en) {

    public static final int MAX_LENGTH = 200;
}
