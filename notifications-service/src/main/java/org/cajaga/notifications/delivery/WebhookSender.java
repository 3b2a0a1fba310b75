package org.cajaga.notifications.delivery;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cajaga.notifications.config.NotificationsConfig;
import org.cajaga.support.tracing.TraceParents;

/**
 * Sends one signed webhook request and reports what happened; never follows redirects. The host is
 * resolved here and the connection goes to the address that was checked ({@link TargetPolicy}), so
 * what was checked is what is reached, while TLS still verifies the certificate for the host name.
 *
 * <p>Each request is a client span of its own ({@code POST webhook}: receiver, event id, status), sent to the
 * receiver as {@code traceparent}. The HTTP client's own tracing is off: sent from the senders' threads it would
 * not see that span and would start a trace of its own.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final HttpClient client;
    private final TargetPolicy policy;
    private final Duration timeout;
    private final Tracer tracer;
    private final TextMapPropagator propagator;

    WebhookSender(Vertx vertx, TargetPolicy policy, NotificationsConfig config, OpenTelemetry telemetry) {
        this.policy = policy;
        this.timeout = config.delivery().timeout();
        this.tracer = telemetry.getTracer("org.cajaga.notifications");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.client = vertx.createHttpClient(new HttpClientOptions().setVerifyHost(true).setForceSni(true)
                .setConnectTimeout((int) Math.min(timeout.toMillis(), 5000)).setMaxPoolSize(50)
                .setTracingPolicy(TracingPolicy.IGNORE));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public SendResult send(String url, String id, List<String> secrets, String body) {
        URI uri = URI.create(url);
        Span span = tracer.spanBuilder("POST webhook").setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", "POST")
                .setAttribute("server.address", String.valueOf(uri.getHost()))
                .setAttribute("cloudevents.event_id", id)
                .startSpan();
        try (Scope ignored = span.makeCurrent();
                TraceParents.InLogs previous = TraceParents.showInLogs(span.getSpanContext())) {
            SendResult result = send(uri, id, secrets, body);
            if (result.statusCode() != null) {
                span.setAttribute("http.response.status_code", result.statusCode().longValue());
            }
            if (!result.delivered()) {
                span.setStatus(StatusCode.ERROR, result.error());
            }
            return result;
        } finally {
            span.end();
        }
    }

    private SendResult send(URI uri, String id, List<String> secrets, String body) {
        long started = System.nanoTime();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost();
        InetAddress address;
        try {
            address = resolve(host);
        } catch (UnknownHostException unknown) {
            return SendResult.failed(millisSince(started), "Unknown host " + host);
        } catch (RefusedAddress refused) {
            return SendResult.failed(millisSince(started), refused.getMessage());
        }
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setSsl(https)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(host).setPort(port).setURI(target(uri)).setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("User-Agent", "cajaga-notifications/1.0")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", Signatures.header(secrets, id, timestamp, body));
        propagator.inject(Context.current(), options, (request, name, value) -> request.putHeader(name, value));
        try {
            return client.request(options)
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .compose(response -> {
                        response.handler(ignored -> { });
                        return response.end().map(done -> SendResult.answered(response.statusCode(), millisSince(started),
                                retryAfter(response.getHeader("Retry-After"))));
                    })
                    .toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return SendResult.failed(millisSince(started), "No answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException failed) {
            return SendResult.failed(millisSince(started), String.valueOf(failed.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SendResult.failed(millisSince(started), "Interrupted");
        }
    }

    /** The first address of the host, when the policy allows every address the host resolves to. */
    private InetAddress resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        if (!policy.isAllowListed(host)) {
            for (InetAddress address : addresses) {
                if (!TargetPolicy.isPublic(address)) {
                    throw new RefusedAddress("Refused address " + address.getHostAddress() + " for " + host);
                }
            }
        }
        return addresses[0];
    }

    private static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** {@code Retry-After} in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.matches("^[0-9]{1,9}$")) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        try {
            Duration until = Duration.between(Instant.now(),
                    ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static final class RefusedAddress extends RuntimeException {
        RefusedAddress(String message) {
            super(message, null, false, false);
        }
    }
}
