package org.cajaga.notifications;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real webhook receiver (the JDK's HTTP server on loopback): records every request and answers with
 * the statuses a test queues (204 when none is queued). Signatures are checked here with the JDK's own
 * HMAC, as a receiver following Standard Webhooks would, not with the service's code.
 */
final class Receiver implements AutoCloseable {

    record Request(String id, String timestamp, String signature, String contentType, String traceparent, String body) {
    }

    private record Answer(int status, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"), headers.getFirst("traceparent"),
                    body));
            Answer answer = answers.poll();
            int status = answer == null ? 204 : answer.status();
            if (answer != null) {
                answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void answer(int status, Map<String, String> headers) {
        answers.add(new Answer(status, headers));
    }

    void answer(int status) {
        answer(status, Map.of());
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** True when one of the request's signatures is the HMAC-SHA256 of id.timestamp.body under this secret. */
    static boolean signedWith(Request request, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
            for (String signature : request.signature().split(" ")) {
                if (signature.equals(expected)) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
