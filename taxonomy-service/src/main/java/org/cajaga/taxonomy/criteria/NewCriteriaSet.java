package org.cajaga.taxonomy.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.cajaga.support.i18n.LocalizedText;
import org.cajaga.taxonomy.i18n.LocalizedName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new criteria set; its first version is then drafted with POST .../versions",
        example = "{\"code\": \"mapeo-2026\", \"name\": {\"es\": \"Criterios del Mapeo 2026\", \"en\": \"Mapping 2026 criteria\"}, "
                + "\"description\": {\"es\": \"Criterios para la edición 2026 del Mapeo de buenas prácticas.\", "
                + "\"en\": \"Criteria for the 2026 edition of the good-practice Mapping.\"}}")
public record NewCriteriaSet(
        @NotNull @Pattern(regexp = CriteriaSetCodes.PATTERN, message = "{cajaga.code.lowerDash}")
        @Schema(maxLength = CriteriaSetCodes.MAX_LENGTH, example = "mapeo-2026") String code,
        @NotNull @Valid LocalizedName name,
        @NotNull @Valid LocalizedText description) {
}
