package org.cajaga.notifications.subscription;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplayInput", description = "Send again every stored event since this instant that the subscription wants")
public record ReplayInput(
        @NotNull @Schema(description = "RFC 3339 instant; events at or after it are queued again, in order",
                example = "2026-01-31T12:00:00Z") Instant since) {
}
