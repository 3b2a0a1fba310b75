package org.cajaga.practices.ingest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.i18n.CurrentLanguage;

/** Per-record problems in a bulk report, shaped like the problems of single-record endpoints. */
final class RecordProblems {

    private RecordProblems() {
    }

    static BulkReport.RecordProblem of(HttpProblem problem) {
        Object violations = problem.getParameters().get("violations");
        return new BulkReport.RecordProblem(String.valueOf(problem.getType()), problem.getStatusCode(), problem.getTitle(),
                problem.getDetail(), violations instanceof List<?> list ? list.stream().map(RecordProblems::violation).toList()
                        : null);
    }

    /** A violation of a problem's {@code violations} member, which holds maps of field, in and message. */
    private static BulkReport.RecordViolation violation(Object entry) {
        Map<?, ?> members = entry instanceof Map<?, ?> map ? map : Map.of();
        return new BulkReport.RecordViolation(text(members.get("field")), text(members.get("in")),
                text(members.get("message")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static BulkReport.RecordProblem malformed(String detailEs, String detailEn) {
        Language language = CurrentLanguage.get();
        return new BulkReport.RecordProblem(ProblemType.MALFORMED.type().toString(), 400,
                ProblemType.MALFORMED.title(language), language == Language.EN ? detailEn : detailEs, null);
    }

    static <T> BulkReport.RecordProblem invalid(Set<ConstraintViolation<T>> violations) {
        Language language = CurrentLanguage.get();
        List<BulkReport.RecordViolation> fields = violations.stream()
                .map(v -> new BulkReport.RecordViolation(v.getPropertyPath().toString().replace(".<list element>", ""),
                        "body", v.getMessage()))
                .toList();
        return new BulkReport.RecordProblem(ProblemType.INVALID_DATA.type().toString(), 422,
                ProblemType.INVALID_DATA.title(language),
                language == Language.EN ? "The record has invalid fields." : "El registro tiene campos no válidos.", fields);
    }
}
