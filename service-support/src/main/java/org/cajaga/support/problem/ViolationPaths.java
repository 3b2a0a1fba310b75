package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes validation field paths as a client would name the field: {@code principles[0]}, not
 * Hibernate Validator's {@code principles[0].<list element>}, and, for body fields, as a JSON Pointer.
 */
@Singleton
public class ViolationPaths implements ProblemPostProcessor {

    private static final String VIOLATIONS = "violations";

    void register(@Observes StartupEvent started) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (!(problem.getParameters().get(VIOLATIONS) instanceof List<?> violations)) {
            return problem;
        }
        List<Map<String, String>> cleaned = violations.stream()
                .filter(Violation.class::isInstance)
                .map(Violation.class::cast)
                .map(violation -> {
                    Map<String, String> entry = new LinkedHashMap<>();
                    String field = violation.field.replace(".<list element>", "").replace("<list element>", "");
                    entry.put("field", field);
                    if ("body".equals(violation.in)) {
                        entry.put("pointer", JsonPointers.of(field));
                    }
                    entry.put("in", violation.in);
                    entry.put("message", violation.message);
                    return entry;
                })
                .toList();
        return cleaned.size() == violations.size()
                ? HttpProblem.builder(problem).with(VIOLATIONS, cleaned).build()
                : problem;
    }
}
