package org.cajaga.practices.ingest;

import java.util.List;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What happened to each record of a bulk push, in input order")
public record BulkReport(Summary summary, List<RecordReport> records) {

    private static final String RETRYABLE = ProblemType.RECORD_UNAVAILABLE.type().toString();

    @Schema(name = "BulkSummary")
    public record Summary(
            @Schema(example = "10000") int received,
            @Schema(example = "9990") int created,
            @Schema(example = "0") int updated,
            @Schema(example = "0") int unchanged,
            @Schema(example = "10") int rejected,
            @Schema(description = "Of the rejected records, those not stored for a passing reason (problem type "
                    + "`record-unavailable`: the database or taxonomy-service was unavailable); send them again unchanged",
                    example = "0") int retryable) {
    }

    @Schema(name = "BulkRecordReport", description = "One input record: where it was, what it became, why it was refused")
    public record RecordReport(
            @Schema(description = "Line in the input (CSV: the header is line 1)", example = "2") long line,
            @Schema(example = "PR-2023-0042") String externalId,
            @Schema(description = "The stored record, unless rejected") UUID id,
            @Schema(description = "What became of the record", enumeration = {"created", "updated", "unchanged", "rejected"},
                    example = "created") String status,
            @Schema(description = "Why it was rejected, as problem details; a record whose only problem is of the type "
                    + "`record-unavailable` (503) was not stored for a passing reason and may be sent again unchanged")
            List<RecordProblem> problems) {

        /** Not stored for a passing reason only: the same record sent again may be stored. */
        boolean retryable() {
            return problems != null && !problems.isEmpty()
                    && problems.stream().allMatch(problem -> RETRYABLE.equals(problem.type()));
        }
    }

    @Schema(name = "BulkRecordProblem", description = "A problem (RFC 9457 members) about one record")
    public record RecordProblem(
            @Schema(format = "uri", example = "https://cajaga.mx/problems/out-of-scope") String type,
            @Schema(example = "403") int status,
            @Schema(example = "Fuera de los municipios autorizados") String title,
            @Schema(example = "El municipio 20067 está fuera de los municipios autorizados.")
            String detail,
            @Schema(description = "Invalid fields, as in a 422 problem") List<RecordViolation> violations) {
    }

    @Schema(name = "BulkRecordViolation", description = "One invalid field of a record")
    public record RecordViolation(
            @Schema(description = "Path of the field in the record", example = "principles") String field,
            @Schema(description = "Always `body`: the field is in the record", example = "body") String in,
            @Schema(example = "unknown code 'OPENNESS'") String message) {
    }
}
