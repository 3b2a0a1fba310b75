package org.cajaga.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.cajaga.core.correlation.RequestIds;
import org.cajaga.gateway.problem.ProblemResponses;
import org.jboss.logging.Logger;

/**
 * What the caller sees when an upstream fails: refused or unreachable → 503, too slow → 504, a 5xx
 * that is not already a problem → 502. Always problem+json with the request id, never a stack trace.
 * Also sets the {@code X-Forwarded-*} headers upstreams use to build their links, and drops the
 * upstream's echo of {@code X-Request-Id}: the gateway already answers with the same id.
 */
final class UpstreamProblems implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamProblems.class);

    /** How long a caller should wait before trying a service that refused the connection. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final String route;
    private final Counter unreachable;
    private final Counter timeouts;
    private final Counter errors;

    UpstreamProblems(String route, RouteMetrics metrics) {
        this.route = route;
        this.unreachable = metrics.upstreamFailure(route, "unavailable");
        this.timeouts = metrics.upstreamFailure(route, "timeout");
        this.errors = metrics.upstreamFailure(route, "error");
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        context.request().headers()
                .set("X-Forwarded-For", incoming.remoteAddress() == null ? "" : incoming.remoteAddress().hostAddress())
                .set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme())
                .set("X-Forwarded-Host", incoming.authority() == null ? "" : incoming.authority().toString());
        return context.sendRequest().recover(failure -> {
            boolean timedOut = failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout");
            (timedOut ? timeouts : unreachable).increment();
            LOG.warnf("Upstream %s failed for %s %s: %s", route, incoming.method(), incoming.path(), failure.toString());
            return Future.succeededFuture(problem(context, context.request().response(), timedOut ? 504 : 503,
                    timedOut ? "El servicio '" + route + "' no respondió a tiempo; intente de nuevo."
                            : "El servicio '" + route + "' no está disponible ahora; intente de nuevo en un momento.",
                    timedOut ? "The '" + route + "' service did not answer in time; try again."
                            : "The '" + route + "' service is unavailable right now; try again in a moment."));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        response.headers().remove(RequestIds.HEADER);
        String type = response.headers().get(HttpHeaderNames.CONTENT_TYPE);
        boolean problem = type != null && type.startsWith(ProblemResponses.MEDIA_TYPE);
        if (response.getStatusCode() >= 500 && !problem) {
            errors.increment();
            response.release();
            problem(context, response, 502, "El servicio '" + route + "' respondió con un error.",
                    "The '" + route + "' service answered with an error.");
        }
        return context.sendResponse();
    }

    private static ProxyResponse problem(ProxyContext context, ProxyResponse response, int status, String detailEs,
                                         String detailEn) {
        response.headers().clear();
        if (status == 503) {
            response.putHeader(HttpHeaderNames.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        HttpServerRequest request = context.request().proxiedRequest();
        return response.setStatusCode(status).setStatusMessage("")
                .putHeader(HttpHeaderNames.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONTENT_LANGUAGE, ProblemResponses.languageOf(request).tag())
                .setBody(Body.body(Buffer.buffer(
                        ProblemResponses.body(request, status, detailEs, detailEn))));
    }
}
