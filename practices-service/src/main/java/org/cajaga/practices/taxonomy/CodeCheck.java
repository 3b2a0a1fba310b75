package org.cajaga.practices.taxonomy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;

/**
 * What is known about a set of taxonomy codes: the codes taxonomy-service does not know (per kind), and the
 * codes nobody could judge because taxonomy-service did not answer and they had never been confirmed.
 */
public record CodeCheck(Map<String, List<String>> unknown, TaxonomyCodeSet unjudged) {

    static CodeCheck allKnown() {
        return new CodeCheck(Map.of(), TaxonomyCodeSet.empty());
    }

    /** Some codes could not be judged now: asking again later may settle them. */
    public boolean unavailable() {
        return !unjudged.isEmpty();
    }

    /** The part of this check about {@code codes}, e.g. one record's codes out of a check of a whole chunk. */
    public CodeCheck about(TaxonomyCodeSet codes) {
        Map<String, List<String>> own = new HashMap<>();
        codes.byKind().forEach((kind, recordCodes) -> {
            List<String> missing = recordCodes.stream().filter(unknown.getOrDefault(kind, List.of())::contains).toList();
            if (!missing.isEmpty()) {
                own.put(kind, missing);
            }
        });
        return new CodeCheck(own, codes.without((kind, code) -> !unjudged.byKind().get(kind).contains(code)));
    }

    /**
     * Why the codes cannot be accepted, or null when they all are known: codes that could not be judged are a 503
     * {@code dependency-unavailable} (nothing stored, try again), unknown ones a 422 with one violation per code.
     *
     * @param fields where each kind of code sits in the record, when not under its own name
     */
    public HttpProblem problem(Map<String, String> fields) {
        if (unavailable()) {
            return Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "No se pueden validar los códigos de taxonomía ahora (el servicio de taxonomía no responde). "
                            + "No se guardó nada; intente de nuevo en unos minutos.",
                    "Taxonomy codes cannot be validated now (taxonomy-service does not answer). "
                            + "Nothing was stored; try again in a few minutes.");
        }
        if (unknown.isEmpty()) {
            return null;
        }
        List<Problems.Violation> violations = unknown.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(code -> new Problems.Violation(
                        fields.getOrDefault(entry.getKey(), entry.getKey()), "unknown code '" + code + "'")))
                .toList();
        return Problems.invalidBody("Hay códigos que la taxonomía no conoce.", "Some codes are not known to the taxonomy.",
                violations);
    }
}
