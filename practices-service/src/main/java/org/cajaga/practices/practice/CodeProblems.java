package org.cajaga.practices.practice;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import java.util.Map;
import org.cajaga.support.problem.ProblemType;
import org.cajaga.support.problem.Problems;

/** Unknown taxonomy codes as a 422 problem with one violation per code, like any invalid field. */
public final class CodeProblems {

    private CodeProblems() {
    }

    public static HttpProblem unknownCodes(Map<String, List<String>> unknown) {
        HttpProblem problem = Problems.of(ProblemType.INVALID_DATA,
                "Hay códigos que la taxonomía no conoce.", "Some codes are not known to the taxonomy.");
        List<Map<String, String>> violations = unknown.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(code -> Map.of(
                        "field", field(entry.getKey()), "in", "body", "message", "unknown code '" + code + "'")))
                .toList();
        return HttpProblem.builder(problem).with("violations", violations).build();
    }

    /** Where the code sits in a practice record. */
    private static String field(String kind) {
        return switch (kind) {
            case "municipalities" -> "location.municipalities";
            case "sectors" -> "actors.sector";
            default -> kind;
        };
    }
}
