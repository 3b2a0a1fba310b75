package org.cajaga.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Sends requests exactly as given to a local port, which HTTP client libraries refuse to do: a request
 * line with broken {@code %} escapes, or a body sent as chunks without {@code Content-Length}, a byte at
 * a time, or only in part. For tests of what bad input and slow clients get.
 */
public final class RawHttp {

    /** Generous: the machines that run the tests may be busy. */
    private static final int TIMEOUT_MILLIS = 60_000;
    private static final int CHUNK = 64 * 1024;

    private RawHttp() {
    }

    /** The answer: its status, its header block as text, its body, and whether the server closed the connection. */
    public record Answer(int status, String headers, String body, boolean closed) {

        /** The value of a header (the first, case-insensitive name), or null. */
        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** How a request body is sent. */
    public record Body(byte[] bytes, int declaredLength, boolean chunked, Duration pause) {

        /** All of it at once, as chunks, without {@code Content-Length}. */
        public static Body chunked(byte[] bytes) {
            return new Body(bytes, -1, true, Duration.ZERO);
        }

        /** With its {@code Content-Length}, one byte every {@code pause}. */
        public static Body trickled(byte[] bytes, Duration pause) {
            return new Body(bytes, bytes.length, false, pause);
        }

        /** Declares {@code declaredLength} bytes, sends only {@code sent} and then nothing more. */
        public static Body stalled(byte[] sent, int declaredLength) {
            return new Body(sent, declaredLength, false, Duration.ZERO);
        }
    }

    public static Answer get(int port, String target) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAnswer(socket.getInputStream());
        } catch (IOException failed) {
            throw new IllegalStateException("No answer from port " + port, failed);
        }
    }

    /**
     * Sends {@code method target} with {@code headers} and {@code body} as that body says (from another
     * thread, so the answer is read as soon as it comes, even while the body is still being sent), and
     * reads the answer. The connection is closed afterwards, which also stops a body still being sent.
     */
    public static Answer send(int port, String method, String target, Map<String, String> headers, Body body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(body.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.declaredLength() + "\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread sender = new Thread(() -> sendBody(out, body), "raw-http-body");
            sender.setDaemon(true);
            sender.start();
            return readAnswer(socket.getInputStream());
        } catch (IOException failed) {
            throw new IllegalStateException("No answer from port " + port, failed);
        }
    }

    private static void sendBody(OutputStream out, Body body) {
        try {
            byte[] bytes = body.bytes();
            if (body.chunked()) {
                for (int start = 0; start < bytes.length; start += CHUNK) {
                    int length = Math.min(CHUNK, bytes.length - start);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(bytes, start, length);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else if (body.pause().isZero()) {
                out.write(bytes);
            } else {
                for (byte one : bytes) {
                    out.write(one);
                    out.flush();
                    Thread.sleep(body.pause().toMillis());
                }
            }
            out.flush();
        } catch (IOException | InterruptedException stopped) {
            // The server answered and closed the connection, or the test is over: the rest is not sent.
        }
    }

    /** Reads the head, a body of its {@code Content-Length} or in chunks (else up to the end), and whether the connection ends there. */
    private static Answer readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The connection ended before the answer's header block: " + head);
            }
            head.write(next);
            matched = next == "\r\n\r\n".charAt(matched) ? matched + 1 : next == '\r' ? 1 : 0;
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        headers = headers.substring(0, headers.length() - 4);
        Answer partial = new Answer(Integer.parseInt(headers.substring(9, 12)), headers, "", false);
        String length = partial.header("Content-Length");
        byte[] body;
        boolean closed;
        if ("chunked".equalsIgnoreCase(partial.header("Transfer-Encoding"))) {
            body = readChunks(in);
            closed = endsHere(in);
        } else if (length == null) {
            body = in.readAllBytes();
            closed = true;
        } else {
            body = in.readNBytes(Integer.parseInt(length));
            closed = endsHere(in);
        }
        return new Answer(partial.status(), headers, new String(body, StandardCharsets.UTF_8), closed);
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in);
            int length = Integer.parseInt(size.contains(";") ? size.substring(0, size.indexOf(';')).trim() : size.trim(), 16);
            if (length == 0) {
                String trailer;
                do {
                    trailer = readLine(in);
                } while (!trailer.isEmpty());
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) >= 0 && next != '\n') {
            if (next != '\r') {
                line.write(next);
            }
        }
        if (next < 0) {
            throw new IOException("The connection ended inside a chunked answer");
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean endsHere(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return reset.getMessage() != null && reset.getMessage().toLowerCase(Locale.ROOT).contains("reset");
        }
    }
}
