package org.cajaga.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A 50 MB bulk body with an Idempotency-Key is hashed and handed on without being held in memory: what
 * the spool allocates on the heap while reading and replaying it is measured on this thread.
 */
class SpooledBodyTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final long MOST_HEAP = 4L * 1024 * 1024;

    /** Pseudo-random bytes made while read, so the test itself holds none of them. */
    private static InputStream generated(long length, long seed) {
        return new InputStream() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long left = length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left == 0) {
                    return -1;
                }
                int made = (int) Math.min(count, left);
                for (int i = 0; i < made; i++) {
                    buffer[offset + i] = (byte) random.nextInt(256);
                }
                left -= made;
                return made;
            }
        };
    }

    private static byte[] digestOf(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            digest.update(buffer, 0, read);
        }
        return digest.digest();
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void aFiftyMegabyteBodyIsHashedAndReplayedWithoutBeingHeldInMemory() throws Exception {
        byte[] expected = digestOf(generated(FIFTY_MB, 17));
        MessageDigest fingerprint = MessageDigest.getInstance("SHA-256");
        long before = allocatedByThisThread();
        SpooledBody spooled = SpooledBody.read(generated(FIFTY_MB, 17), fingerprint);
        byte[] replayed;
        try (InputStream replay = spooled.replay()) {
            replayed = digestOf(replay);
        }
        long allocated = allocatedByThisThread() - before;
        assertThat(fingerprint.digest()).isEqualTo(expected);
        assertThat(replayed).isEqualTo(expected);
        assertThat(allocated).as("bytes allocated for a 50 MB body").isLessThan(MOST_HEAP);
    }

    @Test
    void aSmallBodyStaysInMemoryAndComesBackWhole() throws Exception {
        MessageDigest fingerprint = MessageDigest.getInstance("SHA-256");
        SpooledBody spooled = SpooledBody.read(generated(1000, 3), fingerprint);
        assertThat(digestOf(spooled.replay())).isEqualTo(digestOf(generated(1000, 3)));
        assertThat(fingerprint.digest()).isEqualTo(digestOf(generated(1000, 3)));
    }

    @Test
    void aBodyThatFailsWhileSpillingLeavesNoFile() throws Exception {
        InputStream cut = new SequenceInputStream(generated(SpooledBody.IN_MEMORY * 2L, 5), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("cut");
            }
        });
        long before = spoolFiles();
        assertThatThrownBy(() -> SpooledBody.read(cut, MessageDigest.getInstance("SHA-256"))).hasMessage("cut");
        assertThat(spoolFiles()).isLessThanOrEqualTo(before);
    }

    private static long spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("cajaga-body-")).count();
        }
    }
}
