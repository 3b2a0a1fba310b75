package org.cajaga.taxonomy.vocabulary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cajaga.support.i18n.LocalizedText;
import org.cajaga.taxonomy.i18n.LocalizedName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new content of an existing term; the code never changes",
        example = "{\"name\": {\"es\": \"Consejos vecinales\", \"en\": \"Neighbourhood councils\"}, "
                + "\"description\": {\"es\": \"Órganos vecinales reconocidos por el ayuntamiento, con voz en el cabildo.\", "
                + "\"en\": \"Neighbourhood bodies recognised by the council, with a voice in its sessions.\"}, \"position\": 8}")
public record TermChange(
        @NotNull @Valid LocalizedName name,
        @NotNull @Valid LocalizedText description,
        @NotNull @Min(1) @Max(MAX_POSITION) @Schema(description = "Display order", example = "8") Integer position,
        @Size(max = LessonCriteria.MAX)
        @Schema(description = LessonCriteria.DESCRIPTION, example = "[\"RECOGNITION\", \"PARTICIPATION\"]")
        List<@NotNull @Size(max = TermCodes.MAX_LENGTH) @Pattern(regexp = TermCodes.PATTERN, message = "{cajaga.code.upperSnake}")
                String> criteria) {

    static final int MAX_POSITION = 10000;
}
