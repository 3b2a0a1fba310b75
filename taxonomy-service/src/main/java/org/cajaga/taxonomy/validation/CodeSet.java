package org.cajaga.taxonomy.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cajaga.taxonomy.criteria.CriteriaSetCodes;
import org.cajaga.taxonomy.sdg.SdgResource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The codes a practice or an evaluation refers to; every list is optional. */
@Schema(description = "Codes to check, grouped by kind; omit the kinds you do not need",
        example = "{\"principles\": [\"TRANSPARENCY\", \"FOO\"], \"sdgTargets\": [\"5.5\", \"99.9\"], "
                + "\"municipalities\": [\"08037\"], \"criteriaSetVersions\": [{\"code\": \"mapeo-2022\", \"number\": 1}]}")
public record CodeSet(
        @Size(max = MAX) List<@NotBlank @Size(max = 64) String> principles,
        @Size(max = MAX) List<@NotBlank @Size(max = 64) String> lessons,
        @Size(max = MAX) List<@NotBlank @Size(max = 64) String> sectors,
        @Size(max = MAX) List<@NotNull @Min(1) @Max(SdgResource.MAX_GOAL) Integer> sdgGoals,
        @Size(max = MAX) List<@NotBlank @Size(max = 64) String> sdgTargets,
        @Size(max = MAX) List<@NotBlank @Size(max = 64) String> states,
        @Size(max = MAX) List<@NotBlank @Size(max = 64) String> municipalities,
        @Size(max = 100) List<@NotNull @Valid CriteriaSetVersionRef> criteriaSetVersions) {

    static final int MAX = 5000;

    @Schema(description = "A criteria-set version; it counts as known only once published")
    public record CriteriaSetVersionRef(
            @NotBlank @Size(max = 64) @Schema(example = "mapeo-2022") String code,
            @NotNull @Min(1) @Max(CriteriaSetCodes.MAX_VERSION_NUMBER) @Schema(example = "1") Integer number) {
    }
}
