package org.cajaga.support.http;

import java.util.Arrays;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;

/**
 * Parses numeric and enumerated query parameters taken as strings. JAX-RS answers a query parameter
 * it cannot convert with 404; a caller who typed {@code limit=many} deserves a 400 that names the
 * parameter (and, for an enumeration, its values).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The integer value, {@code null} when absent; a non-integer is a 400 problem. */
    public static Integer optionalInt(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro '" + name + "' debe ser un número entero; se recibió '" + value + "'.",
                    "The '" + name + "' parameter must be an integer; got '" + value + "'.");
        }
    }

    /** The constant named by the value, {@code null} when absent; anything else is a 400 problem listing the values. */
    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            String values = Arrays.toString(type.getEnumConstants());
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro '" + name + "' admite " + values + "; se recibió '" + value + "'.",
                    "The '" + name + "' parameter takes " + values + "; got '" + value + "'.");
        }
    }

    /** The UUID value, {@code null} when absent; anything else is a 400 problem. */
    public static UUID optionalUuid(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException notAUuid) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro '" + name + "' debe ser un UUID; se recibió '" + value + "'.",
                    "The '" + name + "' parameter must be a UUID; got '" + value + "'.");
        }
    }
}
