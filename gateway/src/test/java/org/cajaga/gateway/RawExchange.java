package org.cajaga.gateway;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends a request exactly as written (broken escapes, raw NUL, huge lines, a body shorter than its
 * Content-Length) to the gateway under test and reads one answer: its head and the body its
 * Content-Length announces, without waiting for the connection to close.
 */
record RawExchange(int status, List<String> headerLines, String body) {

    static RawExchange send(String head) {
        return sendFrom("127.0.0.1", head);
    }

    /** Sends from another loopback address ({@code 127.0.0.2}…), a peer other than the tests' own. */
    static RawExchange sendFrom(String localAddress, String head) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), RestAssured.port,
                InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException failed) {
            throw new IllegalStateException("No answer from the gateway", failed);
        }
    }

    /** A GET of {@code target} with extra header lines (each ending in CRLF). */
    static RawExchange get(String target, String headers) {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port + "\r\n" + headers + "\r\n");
    }

    List<String> header(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return headerLines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip()).toList();
    }

    private static RawExchange read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.write(next);
            matched = (next == '\r' && matched % 2 == 0) || (next == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        int length = headers.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring("content-length:".length()).strip())).findFirst().orElse(0);
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new RawExchange(Integer.parseInt(lines[0].substring(9, 12)), headers, body);
    }
}
