package org.cajaga.support.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What a field takes, said to a person: "text", "an integer", "one of [A, B]"... */
record ExpectedValue(String spanish, String english) {

    static ExpectedValue of(Class<?> type) {
        if (type.isEnum()) {
            String values = Arrays.toString(type.getEnumConstants());
            return new ExpectedValue("uno de " + values, "one of " + values);
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return new ExpectedValue("texto", "text");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return new ExpectedValue("un número entero", "an integer");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return new ExpectedValue("un número", "a number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new ExpectedValue("true o false", "true or false");
        }
        if (type == UUID.class) {
            return new ExpectedValue("un UUID", "a UUID");
        }
        if (type == LocalDate.class) {
            return new ExpectedValue("una fecha AAAA-MM-DD", "a date YYYY-MM-DD");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return new ExpectedValue("una fecha y hora RFC 3339", "an RFC 3339 date-time");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new ExpectedValue("una lista", "a list");
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return new ExpectedValue("un objeto", "an object");
        }
        return new ExpectedValue("un valor de otro tipo", "a value of another type");
    }
}
