package org.cajaga.scoring.criteria;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of taxonomy-service's lessons learned, with what scoring needs of each: code, name and criteria. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LessonPage(List<Lesson> items, String next) {

    /** A lesson learned in the language it was asked for, with the codes of the criteria it helps meet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lesson(String code, String name, List<String> criteria) {

        public Lesson {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }
    }
}
