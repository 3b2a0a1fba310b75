package org.cajaga.practices.ingest;

import org.cajaga.practices.practice.PracticeInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an NDJSON push: the pushing system's own id for the record, and the record. */
@Schema(description = "One NDJSON line", example = "{\"externalId\": \"PR-1\", \"practice\": {\"title\": \"Ejemplo: uno\"}}")
public record BulkLine(
        @Schema(description = "The record's id in the pushing system", example = "PR-1") String externalId,
        PracticeInput practice) {
}
