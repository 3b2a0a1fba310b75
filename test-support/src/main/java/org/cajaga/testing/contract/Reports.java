package org.cajaga.testing.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.response.Response;
import java.util.stream.Collectors;

/** Validation reports and bodies written for a person reading a failed test. */
final class Reports {

    private static final int MAX_BODY = 2000;

    private Reports() {
    }

    static String describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> "  - [" + message.getKey() + "] " + message.getMessage())
                .collect(Collectors.joining("\n"));
    }

    /** Whether the request names a path, or a method of a path, that the document does not have. */
    static boolean outsideTheDocument(ValidationReport report) {
        return report.getMessages().stream().anyMatch(message -> message.getKey().equals("validation.request.path.missing")
                || message.getKey().equals("validation.request.operation.notAllowed"));
    }

    /**
     * An empty CSV or NDJSON body is a valid answer (no rows, no lines), which the validator takes for a
     * missing body; for JSON an empty body stays an error.
     */
    static ValidationReport withoutEmptyStream(ValidationReport report, Response response) {
        String type = response.contentType() == null ? "" : response.contentType();
        if (!response.asString().isEmpty() || type.isEmpty() || type.contains("json") && !type.contains("ndjson")) {
            return report;
        }
        return ValidationReport.from(report.getMessages().stream()
                .filter(message -> !message.getKey().equals("validation.response.body.missing"))
                .toList());
    }

    static String abbreviate(String body) {
        return body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY) + "…";
    }
}
