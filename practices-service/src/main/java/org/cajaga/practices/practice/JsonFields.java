package org.cajaga.practices.practice;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** Names the JSON field a mapping error is about, without Jackson's message (which names Java classes). */
public final class JsonFields {

    private JsonFields() {
    }

    public static String of(JsonMappingException error) {
        return error.getPath().stream()
                .map(step -> step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex()))
                .collect(Collectors.joining("."));
    }
}
