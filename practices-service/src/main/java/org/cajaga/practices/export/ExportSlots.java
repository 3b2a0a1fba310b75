package org.cajaga.practices.export;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.cajaga.practices.config.PracticesConfig;

/**
 * How many exports stream at once: {@code cajaga.practices.exports}, as many as the export datasource has
 * connections, so a running export always finds its connection and one more is refused at once instead
 * of waiting. Each refusal counts in {@code cajaga_practices_exports_refused_total}, shown from start-up.
 */
@Startup
@ApplicationScoped
class ExportSlots {

    private final Semaphore free;
    private final Counter refused;

    ExportSlots(PracticesConfig config, MeterRegistry metrics) {
        this.free = new Semaphore(config.exports());
        this.refused = Counter.builder("cajaga.practices.exports.refused")
                .description("Exports refused because every export slot was streaming").register(metrics);
    }

    /** A slot, or none when every slot streams. */
    Optional<Slot> take() {
        if (free.tryAcquire()) {
            return Optional.of(new Slot());
        }
        refused.increment();
        return Optional.empty();
    }

    /**
     * One export's place: given back once, by the stream when it ends, or by the request's end when the
     * stream never started (the client left before the answer began).
     */
    final class Slot implements AutoCloseable {

        private static final int TAKEN = 0;
        private static final int STREAMING = 1;
        private static final int FREE = 2;

        private final AtomicInteger state = new AtomicInteger(TAKEN);

        /** Whether the stream may start: false when the request already ended. */
        boolean start() {
            return state.compareAndSet(TAKEN, STREAMING);
        }

        /** Gives the slot back if no stream started with it. */
        void abandon() {
            if (state.compareAndSet(TAKEN, FREE)) {
                free.release();
            }
        }

        @Override
        public void close() {
            if (state.getAndSet(FREE) != FREE) {
                free.release();
            }
        }
    }
}
