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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole content of a draft version: its rule and its criteria, in order")
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
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{cajaga.code.upperSnake}")
            @Schema(example = "TRANSPARENCY") String code,
            @NotNull @Valid LocalizedText name,
            @NotNull @Valid LocalizedText description) {
    }

    @JsonIgnore
    @AssertTrue(message = "{cajaga.criteria.uniqueCodes}")
    public boolean isUniqueCodes() {
        return criteria == null || criteria.stream().filter(Objects::nonNull).map(CriterionInput::code)
                .allMatch(new HashSet<>()::add);
    }
}
