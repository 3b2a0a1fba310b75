package org.cajaga.practices.taxonomy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** taxonomy-service's answer; fields it may add later are ignored (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxonomyValidationReport(boolean valid, Unknown unknown) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unknown(
            List<String> principles,
            List<String> lessons,
            List<String> sectors,
            List<String> sdgTargets,
            List<String> municipalities) {
    }
}
