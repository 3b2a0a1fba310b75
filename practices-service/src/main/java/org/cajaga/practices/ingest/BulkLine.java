package org.cajaga.practices.ingest;

import org.cajaga.practices.practice.PracticeInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an NDJSON push: the pushing system's own id for the record, and the record. */
@Schema(description = "One NDJSON line",
        example = "{\"externalId\": \"PR-2023-0042\", \"practice\": " + PracticeInput.EXAMPLE + "}")
public record BulkLine(
        @Schema(description = "The record's id in the pushing system (letters, digits, `.`, `_`, `:`, `-`)",
                pattern = "^[A-Za-z0-9._:-]{1,200}$", maxLength = 200, example = "PR-2023-0042") String externalId,
        PracticeInput practice) {
}
