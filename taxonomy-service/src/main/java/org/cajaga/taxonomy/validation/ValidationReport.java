package org.cajaga.taxonomy.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which of the given codes the taxonomy does not know; empty lists are left out. */
@Schema(description = "Result of a batch code check: `valid` is true when every code is known")
public record ValidationReport(
        @Schema(example = "false") boolean valid,
        @Schema(description = "Unknown codes per kind, in the order given") Unknown unknown) {

    @Schema(name = "UnknownCodes", example = "{\"principles\": [\"FOO\"], \"sdgTargets\": [\"99.9\"]}")
    public record Unknown(
            List<String> principles,
            List<String> lessons,
            List<String> sectors,
            List<Integer> sdgGoals,
            List<String> sdgTargets,
            List<String> states,
            List<String> municipalities,
            List<CodeSet.CriteriaSetVersionRef> criteriaSetVersions) {

        @JsonIgnore
        boolean isEmpty() {
            return principles == null && lessons == null && sectors == null && sdgGoals == null && sdgTargets == null
                    && states == null && municipalities == null && criteriaSetVersions == null;
        }
    }
}
