package org.cajaga.notifications.subscription;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SecretRotation", description = "The new signing secret, shown only this once; until `previousExpiresAt` "
        + "deliveries carry signatures with both, so receivers can switch without losing events")
public record SecretRotation(
        @Schema(example = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD") String secret,
        @Schema(description = "When the secrets used before stop signing", example = "2026-02-01T12:00:00Z")
        Instant previousExpiresAt) {
}
