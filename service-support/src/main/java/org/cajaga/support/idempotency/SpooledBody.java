package org.cajaga.support.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * A request body read once, before the request runs, so that its fingerprint is known when the key is
 * claimed: hashed while it is read, kept in memory up to {@value #IN_MEMORY} bytes and in a temporary
 * file beyond, and handed to the operation again as a stream. A bulk push of any size thus costs this
 * filter one copy buffer and at most {@value #IN_MEMORY} bytes of heap. The file is deleted when the
 * operation's stream is opened (Unix unlinks it at once; the space is freed when the stream is closed or
 * collected), or at once if reading fails.
 */
final class SpooledBody {

    static final int IN_MEMORY = 1024 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final byte[] inMemory;
    private final Path file;

    private SpooledBody(byte[] inMemory, Path file) {
        this.inMemory = inMemory;
        this.file = file;
    }

    /** Reads {@code body} to its end, feeding every byte to {@code digest}. */
    static SpooledBody read(InputStream body, MessageDigest digest) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = body.read(buffer)) >= 0) {
            digest.update(buffer, 0, read);
            if (memory.size() + read > IN_MEMORY) {
                return new SpooledBody(null, spill(memory, buffer, read, body, digest));
            }
            memory.write(buffer, 0, read);
        }
        return new SpooledBody(memory.toByteArray(), null);
    }

    private static Path spill(ByteArrayOutputStream memory, byte[] buffer, int pending, InputStream body,
                              MessageDigest digest) throws IOException {
        Path file = Files.createTempFile("cajaga-body-", ".tmp");
        try (OutputStream out = Files.newOutputStream(file)) {
            memory.writeTo(out);
            out.write(buffer, 0, pending);
            int read;
            while ((read = body.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            return file;
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
    }

    /** The body again, from its first byte; call once. */
    InputStream replay() throws IOException {
        return file == null ? new ByteArrayInputStream(inMemory)
                : Files.newInputStream(file, StandardOpenOption.READ, StandardOpenOption.DELETE_ON_CLOSE);
    }
}
