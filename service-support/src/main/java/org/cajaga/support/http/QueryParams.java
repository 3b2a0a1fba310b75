package org.cajaga.support.http;

import org.cajaga.support.problem.ProblemType;
import org.cajaga.support.problem.Problems;

/**
 * Parses numeric query parameters taken as strings. JAX-RS answers a query parameter it cannot
 * convert with 404; a caller who typed {@code limit=many} deserves a 400 that names the parameter.
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
}
