package org.cajaga.taxonomy.criteria;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.cajaga.support.i18n.LocalizedText;
import org.cajaga.taxonomy.i18n.LocalizedName;
import org.cajaga.taxonomy.vocabulary.TermCodes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole content of a draft version: its rule and its criteria, in order",
        example = "{\"rule\": {\"emblematicMinPercentMet\": 100, \"emblematicRequiresCoCreation\": true, "
                + "\"goodPracticeMinPercentMet\": 80}, \"criteria\": [{\"code\": \"TRANSPARENCY\", "
                + "\"name\": {\"es\": \"Transparencia y acceso a la información\", \"en\": \"Transparency and access to information\"}, "
                + "\"description\": {\"es\": \"Abre procesos y pone a disposición la información gubernamental sin barreras ni costos.\", "
                + "\"en\": \"Opens processes and makes government information available without barriers or fees.\"}}, "
                + "{\"code\": \"COCREATION\", \"name\": {\"es\": \"Cocreación\", \"en\": \"Co-creation\"}, "
                + "\"description\": {\"es\": \"Gobierno y sociedad diseñan la práctica juntos.\", "
                + "\"en\": \"Government and society design the practice together.\"}}]}")
public record VersionContent(
        @NotNull @Valid Rule rule,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid CriterionInput> criteria) {

    @Schema(name = "RuleInput", description = "Thresholds in percent of criteria met")
    public record Rule(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
            @Schema(example = "100") BigDecimal emblematicMinPercentMet,
            @NotNull @Schema(example = "true") Boolean emblematicRequiresCoCreation,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
            @Schema(example = "80") BigDecimal goodPracticeMinPercentMet) {

        @JsonIgnore
        @AssertTrue(message = "{cajaga.rule.thresholdOrder}")
        public boolean isThresholdOrder() {
            return emblematicMinPercentMet == null || goodPracticeMinPercentMet == null
                    || goodPracticeMinPercentMet.compareTo(emblematicMinPercentMet) <= 0;
        }
    }

    @Schema(name = "CriterionInput")
    public record CriterionInput(
            @NotNull @Pattern(regexp = TermCodes.PATTERN, message = "{cajaga.code.upperSnake}")
            @Schema(maxLength = TermCodes.MAX_LENGTH, example = "TRANSPARENCY") String code,
            @NotNull @Valid LocalizedName name,
            @NotNull @Valid LocalizedText description) {
    }

    @JsonIgnore
    @AssertTrue(message = "{cajaga.criteria.uniqueCodes}")
    public boolean isUniqueCodes() {
        return criteria == null || criteria.stream().filter(Objects::nonNull).map(CriterionInput::code)
                .allMatch(new HashSet<>()::add);
    }
}
