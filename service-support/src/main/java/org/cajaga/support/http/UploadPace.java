package org.cajaga.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.cajaga.core.i18n.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the service waits for a request body: at most {@code cajaga.http.upload-timeout} (30 s) for
 * its next bytes, and in all at most that plus one second for every {@code cajaga.http.upload-min-rate}
 * bytes (1 KiB) received, so a body that stops and one that trickles both end. Only the time the service
 * spends waiting for the client counts, not the time it takes to process what arrived.
 */
@Singleton
public class UploadPace {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    @ConfigProperty(name = "cajaga.http.upload-timeout", defaultValue = "30S")
    Duration timeout;

    @ConfigProperty(name = "cajaga.http.upload-min-rate", defaultValue = "1K")
    MemorySize minRate;

    long timeoutNanos() {
        return timeout.toNanos();
    }

    /** The longest the service waits in all for a body of which {@code received} bytes arrived. */
    long allowanceNanos(long received) {
        return timeout.toNanos() + received * (NANOS_PER_SECOND / Math.max(1, minRate.asLongValue()));
    }

    String detail(Language language) {
        long seconds = Math.max(1, timeout.toSeconds());
        long rate = minRate.asLongValue();
        return language == Language.EN
                ? "The request body arrived too slowly: the service waits at most " + seconds + " s for more of it and "
                        + "expects at least " + rate + " bytes per second. Send the request again."
                : "El cuerpo de la solicitud llegó demasiado lento: el servicio espera a lo más " + seconds
                        + " s por más datos y al menos " + rate + " bytes por segundo. Envíe la solicitud de nuevo.";
    }
}
