package org.cajaga.notifications.event;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The thin payload of every event: read the record itself, with your own rights, at {@code link}. */
@Schema(name = "EventData", description = "What the event is about (a practice, or one of its reflections): the id, the "
        + "version the event saw and where to read it "
        + "(with your own token, so you see only what you may see)")
public record EventData(
        @Schema(description = "The practice's id (also the CloudEvent `subject`); for `reflection.published` the "
                + "reflection's, whose practice is the `subject`",
                example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") UUID id,
        @Schema(description = "The record's version when the event happened (for withdrawn and archived records, the "
                + "last public version; for a reflection, its own version)", example = "4") long version,
        @Schema(description = "The record in the API", example = "https://api.cajaga.mx/api/v1/practices/01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80")
        String link) {
}
