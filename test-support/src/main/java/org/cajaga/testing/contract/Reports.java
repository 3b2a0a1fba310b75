package org.cajaga.testing.contract;

import com.atlassian.oai.validator.report.ValidationReport;
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

    static String abbreviate(String body) {
        return body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY) + "…";
    }
}
