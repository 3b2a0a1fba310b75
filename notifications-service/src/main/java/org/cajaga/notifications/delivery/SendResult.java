package org.cajaga.notifications.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one attempt got: the receiver's status (null when none answered), how long it took, why it failed. */
@Schema(name = "DeliveryAttempt", description = "The outcome of one attempt")
public record SendResult(
        @Schema(description = "True for a 2xx answer", example = "true") boolean delivered,
        @Schema(description = "The receiver's HTTP status; absent when it did not answer", example = "204") Integer statusCode,
        @Schema(description = "Milliseconds from connecting to the answer", example = "87") long latencyMs,
        @Schema(description = "Why it failed", example = "HTTP 500") String error,
        @JsonIgnore Duration retryAfter) {

    static SendResult answered(int status, long latencyMs, Duration retryAfter) {
        boolean ok = status >= 200 && status < 300;
        return new SendResult(ok, status, latencyMs, ok ? null : "HTTP " + status, retryAfter);
    }

    static SendResult failed(long latencyMs, String error) {
        return new SendResult(false, null, latencyMs, error, null);
    }

    boolean gone() {
        return statusCode != null && statusCode == 410;
    }
}
