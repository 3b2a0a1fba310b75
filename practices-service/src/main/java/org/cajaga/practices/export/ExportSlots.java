package org.cajaga.practices.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.cajaga.practices.config.PracticesConfig;

/**
 * How many exports stream at once: {@code cajaga.practices.exports}, as many as the export datasource has
 * connections, so a running export always finds its connection and one more is refused at once instead
 * of waiting.
 */
@ApplicationScoped
class ExportSlots {

    private final Semaphore free;

    ExportSlots(PracticesConfig config) {
        this.free = new Semaphore(config.exports());
    }

    /** A slot, or none when every slot streams. */
    Optional<Slot> take() {
        return free.tryAcquire() ? Optional.of(new Slot()) : Optional.empty();
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
