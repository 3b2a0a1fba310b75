package org.cajaga.gateway.routing;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The service behind the gateway gets the trace context of the gateway's own span for the call (W3C
 * {@code traceparent}, {@code tracestate}), which the HTTP client's tracing writes as the request leaves, not the
 * caller's: the proxy copies the caller's headers, and the caller's {@code traceparent} would be sent as well and
 * make the service a child of the caller, skipping the gateway. The caller's context is not lost: the gateway's
 * span for the request was started from it.
 */
final class TraceContextUpstream implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        context.request().headers().remove("traceparent").remove("tracestate");
        return context.sendRequest();
    }
}
