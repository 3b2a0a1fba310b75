package org.cajaga.practices.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeChange", description = "Who changed what in a practice, and when")
public record ChangeView(
        @Schema(description = "CREATED, UPDATED, SUBMITTED, PUBLISHED, CHANGES_REQUESTED, WITHDRAWN, ARCHIVED, CLASSIFIED",
                example = "UPDATED") String action,
        @Schema(example = "eva.editor") String changedBy,
        Instant changedAt,
        List<FieldChange> changes) {

    static ChangeView of(PracticeChange change) {
        return new ChangeView(change.action, change.changedBy, change.changedAt, change.changes);
    }
}
