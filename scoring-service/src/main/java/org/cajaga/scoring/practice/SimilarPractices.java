package org.cajaga.scoring.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What scoring needs of practices-service's list of published practices similar to one practice. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SimilarPractices(List<Item> items) {

    public List<Item> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    /** One similar practice; {@code score} is how alike practices-service finds it (higher is more alike). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID id, String title, double score) {
    }
}
