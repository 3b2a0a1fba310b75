package org.cajaga.practices.adapt;

import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.http.QueryParams;
import org.cajaga.support.problem.Problems;

/** The {@code limit} of the ranked lists of this package: 1 to 50, 10 when absent; anything else is a 400 problem. */
final class ResultLimit {

    static final int DEFAULT = 10;
    static final int MAX = 50;
    static final String DESCRIPTION = "How many to answer, 1 to 50 (default 10)";

    private ResultLimit() {
    }

    static int of(String value) {
        Integer limit = QueryParams.optionalInt("limit", value);
        if (limit == null) {
            return DEFAULT;
        }
        if (limit < 1 || limit > MAX) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'limit' debe estar entre 1 y " + MAX + "; se recibió " + limit + ".",
                    "The 'limit' parameter must be from 1 to " + MAX + "; got " + limit + ".");
        }
        return limit;
    }
}
