package org.cajaga.practices.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.support.problem.Problems;

/** An instant given in a query parameter or cursor key: RFC 3339 UTC within the years a practice may cover. */
public final class InstantParameter {

    private InstantParameter() {
    }

    /** The instant {@code value} of parameter {@code name}; anything else is a 400 problem naming it. */
    public static Instant of(String name, String value) {
        if (value == null) {
            throw invalid(name);
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notRfc3339) {
            throw invalid(name);
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < PracticeInput.FIRST_YEAR || year > PracticeInput.LAST_YEAR) {
            throw invalid(name);
        }
        return instant;
    }

    private static RuntimeException invalid(String name) {
        return Problems.of(ProblemType.INVALID_PARAMETER,
                "El parámetro '" + name + "' debe ser una fecha RFC 3339 en UTC entre los años " + PracticeInput.FIRST_YEAR
                        + " y " + PracticeInput.LAST_YEAR + ", p. ej. 2026-01-31T12:00:00Z.",
                "The '" + name + "' parameter must be an RFC 3339 UTC timestamp between the years " + PracticeInput.FIRST_YEAR
                        + " and " + PracticeInput.LAST_YEAR + ", e.g. 2026-01-31T12:00:00Z.");
    }
}
