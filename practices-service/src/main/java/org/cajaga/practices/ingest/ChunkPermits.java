package org.cajaga.practices.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cajaga.practices.config.PracticesConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many bulk chunks are written at once ({@code cajaga.practices.bulk.max-concurrent-chunks}, by default the
 * pool's size minus 2): each holds a connection of the pool for its whole transaction, and without a bound four
 * pushes took every connection while searches waited for one. Chunks take their turn in arrival order (a fair
 * semaphore), for at most {@code cajaga.practices.bulk.chunk-wait}. The chunks waiting now are the gauge
 * {@code cajaga_practices_bulk_chunks_waiting}, shown from start-up.
 */
@Startup
@ApplicationScoped
public class ChunkPermits {

    private final Semaphore free;
    private final int permits;
    private final Duration wait;
    private final AtomicInteger waiting = new AtomicInteger();

    ChunkPermits(PracticesConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.max-size") int poolSize,
                 MeterRegistry metrics) {
        this.permits = config.bulk().maxConcurrentChunks().orElse(Math.max(1, poolSize - 2));
        if (permits < 1) {
            throw new IllegalArgumentException("cajaga.practices.bulk.max-concurrent-chunks must be at least 1");
        }
        this.free = new Semaphore(permits, true);
        this.wait = config.bulk().chunkWait();
        Gauge.builder("cajaga.practices.bulk.chunks.waiting", waiting, AtomicInteger::get)
                .description("Bulk chunks waiting for their turn to be written").register(metrics);
    }

    /** How many chunks may be written at once. */
    public int permits() {
        return permits;
    }

    /** Chunks waiting for their turn now. */
    public int waiting() {
        return waiting.get();
    }

    /** The turn of one chunk, to close when its transaction is over; {@link Busy} when it did not come in time. */
    public Permit take() {
        waiting.incrementAndGet();
        try {
            if (!free.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Busy();
        } finally {
            waiting.decrementAndGet();
        }
        return new Permit();
    }

    /** One chunk's turn, given back once. */
    public final class Permit implements AutoCloseable {

        private final AtomicInteger open = new AtomicInteger(1);

        private Permit() {
        }

        @Override
        public void close() {
            if (open.getAndSet(0) == 1) {
                free.release();
            }
        }
    }

    /** A chunk whose turn did not come within {@code chunk-wait}: its records are not stored, for now. */
    static final class Busy extends RuntimeException {

        Busy() {
            super("Every bulk chunk permit stayed taken for the whole chunk wait", null, false, false);
        }
    }
}
