package org.cajaga.support.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * A request body as the service reads it: at most {@code maxBytes} (more is a {@link RefusedBody} 413),
 * and arriving at the {@link UploadPace} (a slower body is a {@link RefusedBody} 408). Only the time
 * spent inside {@code read} counts, the time the service waits for the client. A read that waits too
 * long is ended by {@link #checkWait}, which the {@link BodyGuard}'s watchdog calls: it interrupts the
 * waiting thread, whose blocking read then fails, and only while that thread is inside the read. Once
 * refused, every later read is refused the same way, and closing does not read the rest.
 */
final class GuardedBody extends FilterInputStream {

    private final long maxBytes;
    private final RecordBodyLimit limit;
    private final UploadPace pace;
    private final Consumer<GuardedBody> finished;

    private long received;
    private long waitedNanos;
    private Thread reader;
    private long readingSince;
    private RefusedBody refusal;

    GuardedBody(InputStream body, long maxBytes, RecordBodyLimit limit, UploadPace pace, Consumer<GuardedBody> finished) {
        super(body);
        this.maxBytes = maxBytes;
        this.limit = limit;
        this.pace = pace;
        this.finished = finished;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? read : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        enter();
        int read;
        try {
            read = super.read(buffer, offset, length);
        } catch (IOException | RuntimeException failed) {
            leave(0);
            finished.accept(this);
            throw failed;
        }
        leave(Math.max(read, 0));
        if (read < 0) {
            finished.accept(this);
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        byte[] scratch = new byte[(int) Math.min(8192, Math.max(count, 0))];
        long skipped = 0;
        while (skipped < count) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, count - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /**
     * Closing reads what is left of the body, as the REST layer's own stream would, but at the pace: the
     * REST layer's stream would wait for a stalled client without limit. A refused body is not read on;
     * its connection is closed instead.
     */
    @Override
    public void close() throws IOException {
        try {
            if (!refused()) {
                skip(Long.MAX_VALUE);
                super.close();
            }
        } finally {
            finished.accept(this);
        }
    }

    /** Whether this body was refused; its connection then cannot carry another request. */
    synchronized boolean refused() {
        return refusal != null;
    }

    /** Ends a read that has waited longer than the pace allows; called by the watchdog. */
    synchronized void checkWait(long now) {
        if (reader == null || refusal != null) {
            return;
        }
        long waiting = now - readingSince;
        if (waiting > pace.timeoutNanos() || waitedNanos + waiting > pace.allowanceNanos(received)) {
            refusal = RefusedBody.tooSlow(pace);
            reader.interrupt();
        }
    }

    private synchronized void enter() throws RefusedBody {
        if (refusal != null) {
            throw refusal;
        }
        reader = Thread.currentThread();
        readingSince = System.nanoTime();
    }

    private synchronized void leave(int read) throws RefusedBody {
        reader = null;
        waitedNanos += System.nanoTime() - readingSince;
        received += read;
        if (refusal != null) {
            // The watchdog interrupted this read; the interrupt must not reach anything else this thread does.
            Thread.interrupted();
        } else if (received > maxBytes) {
            refusal = RefusedBody.tooLarge(limit);
        } else if (waitedNanos > pace.allowanceNanos(received)) {
            refusal = RefusedBody.tooSlow(pace);
        }
        if (refusal != null) {
            finished.accept(this);
            throw refusal;
        }
    }
}
