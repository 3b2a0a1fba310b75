package org.cajaga.notifications;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Stands in for practices-service's change feed ({@link PracticeFeed}, one per test run) on a loopback
 * port, and sets the service's timings short enough for tests: the allow-list admits the loopback
 * receivers of the tests.
 */
public class FeedStub implements QuarkusTestResourceLifecycleManager {

    static final PracticeFeed FEED = new PracticeFeed();

    /** A request the follower sent and the page it got, the latest ones first. */
    record Exchange(String path, String rawQuery, byte[] body) {
    }

    static final Deque<Exchange> SERVED = new ConcurrentLinkedDeque<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        server.createContext("/api/v1/practices", exchange -> serve(exchange, FEED::page));
        server.createContext("/api/v1/practices/reflections", exchange -> serve(exchange, FEED::reflectionPage));
        server.start();

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-client.practices-feed.url", "http://127.0.0.1:" + server.getAddress().getPort());
        config.put("cajaga.notifications.feed.poll", "1s");
        config.put("cajaga.notifications.feed.page-size", "3");
        config.put("cajaga.notifications.delivery.poll", "1s");
        config.put("cajaga.notifications.delivery.first-retry", "PT0.2S");
        config.put("cajaga.notifications.delivery.max-retry", "PT2S");
        config.put("cajaga.notifications.delivery.timeout", "PT2S");
        config.put("cajaga.notifications.delivery.lease", "PT3S");
        config.put("cajaga.notifications.delivery.allowed-hosts", "127.0.0.1");
        config.put("cajaga.notifications.delivery.metrics-refresh", "1s");
        return config;
    }

    /** A page of one of the feeds. */
    interface Pages {
        ObjectNode page(Instant since, String cursor, int limit);
    }

    private static void serve(HttpExchange exchange, Pages pages) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        byte[] body = PracticeFeed.JSON.writeValueAsBytes(pages.page(Instant.parse(query.get("updatedSince")),
                query.get("cursor"), Integer.parseInt(query.getOrDefault("limit", "50"))));
        SERVED.addFirst(new Exchange(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(), body));
        while (SERVED.size() > 50) {
            SERVED.pollLast();
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
