package org.cajaga.notifications.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReplayResult", description = "How many events were queued again; they keep the ids they had (`webhook-id`)")
public record ReplayResult(@Schema(example = "12") int queued) {
}
