package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import java.util.Map;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.i18n.CurrentLanguage;

/** Builds the problems services throw; titles and details follow the request's language. */
public final class Problems {

    /** Seconds a 503 problem asks the caller to wait before trying again ({@code Retry-After}). */
    public static final String RETRY_AFTER_SECONDS = "2";

    private Problems() {
    }

    /**
     * A problem whose detail is given in both languages; the caller's language picks one. A 503 problem says
     * when to try again ({@code Retry-After}), as the OpenAPI document of every 503 answer states.
     */
    public static HttpProblem of(ProblemType type, String detailEs, String detailEn) {
        Language language = CurrentLanguage.get();
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(type.type())
                .withStatus(type.status())
                .withTitle(type.title(language))
                .withDetail(language == Language.EN ? detailEn : detailEs);
        if (type.status() == 503) {
            problem.withHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        return problem.build();
    }

    /** A 422 problem listing, like bean validation does, each offending field of the request body. */
    public static HttpProblem invalidBody(String detailEs, String detailEn, List<Violation> violations) {
        return HttpProblem.builder(of(ProblemType.INVALID_DATA, detailEs, detailEn))
                .with("violations", violations.stream().map(Violation::asMap).toList())
                .build();
    }

    /** A 422 problem about a request header ({@code name}) whose value is not acceptable. */
    public static HttpProblem invalidHeader(String name, String detailEs, String detailEn) {
        HttpProblem problem = of(ProblemType.INVALID_DATA, detailEs, detailEn);
        return HttpProblem.builder(problem)
                .with("violations", List.of(Map.of("field", name, "in", "header", "message", problem.getDetail())))
                .build();
    }

    /** A 400 problem about a body that cannot be read as the operation's JSON, naming the offending field. */
    public static HttpProblem malformedBody(String detailEs, String detailEn, List<Violation> violations) {
        return HttpProblem.builder(of(ProblemType.MALFORMED, detailEs, detailEn))
                .with("violations", violations.stream().map(Violation::asMap).toList())
                .build();
    }

    /**
     * One offending field of a request body: its path (e.g. {@code verdicts[3].criterion}) and what is
     * wrong, in the caller's language.
     */
    public record Violation(String field, String message) {

        Map<String, String> asMap() {
            return Map.of("field", field, "pointer", JsonPointers.of(field), "in", "body", "message", message);
        }
    }

    public static HttpProblem notFound(String whatEs, String whatEn, Object id) {
        return of(ProblemType.NOT_FOUND, "No existe " + whatEs + " '" + id + "'.",
                "There is no " + whatEn + " '" + id + "'.");
    }
}
