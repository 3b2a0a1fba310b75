package org.cajaga.taxonomy.vocabulary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import jakarta.validation.constraints.Pattern;
import org.cajaga.support.i18n.LocalizedText;
import org.cajaga.taxonomy.i18n.LocalizedName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A term to add to a vocabulary",
        example = "{\"code\": \"NEIGHBOURHOOD_COUNCIL\", \"name\": {\"es\": \"Consejos vecinales\", \"en\": \"Neighbourhood councils\"}, "
                + "\"description\": {\"es\": \"Órganos de representación vecinal reconocidos por el ayuntamiento.\", "
                + "\"en\": \"Neighbourhood representation bodies recognised by the council.\"}, \"position\": 7}")
public record NewTerm(
        @NotNull @Pattern(regexp = TermCodes.PATTERN, message = "{cajaga.code.upperSnake}")
        @Schema(description = "Stable code, UPPER_SNAKE_CASE", maxLength = TermCodes.MAX_LENGTH, example = "NEIGHBOURHOOD_COUNCIL")
        String code,
        @NotNull @Valid LocalizedName name,
        @NotNull @Valid LocalizedText description,
        @NotNull @Min(1) @Max(TermChange.MAX_POSITION) @Schema(description = "Display order", example = "7") Integer position,
        @Size(max = LessonCriteria.MAX)
        @Schema(description = LessonCriteria.DESCRIPTION, example = "[\"RECOGNITION\", \"PARTICIPATION\"]")
        List<@NotNull @Size(max = TermCodes.MAX_LENGTH) @Pattern(regexp = TermCodes.PATTERN, message = "{cajaga.code.upperSnake}")
                String> criteria) {
}
