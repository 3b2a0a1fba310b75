package org.cajaga.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as given (broken {@code %} escapes, raw bytes) to a local port, which
 * HTTP client libraries refuse to do, and reads the whole answer. For tests of what bad input gets.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /** The answer: its status, its header block as text, and its body. */
    public record Answer(int status, String headers, String body) {
    }

    public static Answer get(int port, String target) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = readAll(socket.getInputStream());
            int headersEnd = answer.indexOf("\r\n\r\n");
            String head = headersEnd < 0 ? answer : answer.substring(0, headersEnd);
            String body = headersEnd < 0 ? "" : answer.substring(headersEnd + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        } catch (IOException failed) {
            throw new IllegalStateException("No answer from port " + port, failed);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
