package org.cajaga.e2e;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A portal's webhook endpoint on a loopback port: it keeps every request it gets and answers 204. It checks
 * signatures with its own HMAC (the JDK's), as the Standard Webhooks specification defines them, not with
 * any code of the service.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request received: its {@code webhook-*} headers and its body. */
    record Received(String id, String timestamp, String signatures, String body) {

        JsonPath event() {
            return JsonPath.from(body);
        }

        /** Whether one of the {@code v1,} signatures is the HMAC-SHA256 of {@code id.timestamp.body} with the secret. */
        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return signatures != null && Arrays.asList(signatures.split(" ")).contains(expected);
            } catch (GeneralSecurityException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), body));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** What arrived about {@code subject}, in the order it arrived. */
    List<Received> about(String subject) {
        List<Received> about = new ArrayList<>();
        for (Received one : received) {
            if (subject.equals(one.event().getString("subject"))) {
                about.add(one);
            }
        }
        return about;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
