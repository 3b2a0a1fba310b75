package org.cajaga.practices.labels;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a taxonomy-service list, only the parts labels need (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelPage<T>(List<T> items, String next) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Term(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Goal(int number, String shortTitle) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String code, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Municipality(String cvegeo, String stateCode, String name, String sizeClass) {
    }
}
