package org.cajaga.practices.practice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A classification decided by scoring-service")
public record ClassificationInput(
        @NotNull @Schema(example = "GOOD_PRACTICE") Classification classification,
        @NotBlank @Size(max = 60) @Schema(example = "mapeo-2022") String criteriaSet,
        @NotNull @Min(1) @Max(100000) @Schema(example = "1") Integer criteriaSetVersion,
        @NotNull @Schema(description = "The consolidation (or evaluation) that decided it") UUID evaluationId,
        @NotNull @Schema(description = "When scoring-service decided it; older decisions never overwrite newer ones")
        Instant decidedAt) {

    @JsonIgnore
    @AssertTrue(message = "{cajaga.decidedAt.years}")
    public boolean isDecidedWithinYears() {
        if (decidedAt == null) {
            return true;
        }
        int year = decidedAt.atOffset(ZoneOffset.UTC).getYear();
        return year >= PracticeInput.FIRST_YEAR && year <= PracticeInput.LAST_YEAR;
    }
}
