package org.cajaga.support.json;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Where in a JSON body a value sits, as a client names it: {@code verdicts[3].criterion}. */
record FieldPath(String dotted) {

    static FieldPath of(List<Reference> path) {
        StringBuilder dotted = new StringBuilder();
        for (Reference step : path) {
            if (step.getFieldName() != null) {
                if (!dotted.isEmpty()) {
                    dotted.append('.');
                }
                dotted.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                dotted.append('[').append(step.getIndex()).append(']');
            }
        }
        return new FieldPath(dotted.toString());
    }
}
