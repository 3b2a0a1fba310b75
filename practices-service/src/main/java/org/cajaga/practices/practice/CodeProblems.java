package org.cajaga.practices.practice;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import java.util.Map;
import org.cajaga.support.problem.Problems;

/** Unknown taxonomy codes as a 422 problem with one violation per code, like any invalid field. */
public final class CodeProblems {

    private CodeProblems() {
    }

    /** Where codes sit in a practice record. */
    public static final Map<String, String> PRACTICE_FIELDS = Map.of("municipalities", "location.municipalities",
            "sectors", "actors.sector");

    public static HttpProblem unknownCodes(Map<String, List<String>> unknown) {
        return unknownCodes(unknown, PRACTICE_FIELDS);
    }

    /** @param fields where each kind of code sits in the record, when not under its own name */
    public static HttpProblem unknownCodes(Map<String, List<String>> unknown, Map<String, String> fields) {
        List<Problems.Violation> violations = unknown.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(code -> new Problems.Violation(
                        fields.getOrDefault(entry.getKey(), entry.getKey()), "unknown code '" + code + "'")))
                .toList();
        return Problems.invalidBody("Hay códigos que la taxonomía no conoce.", "Some codes are not known to the taxonomy.",
                violations);
    }
}
