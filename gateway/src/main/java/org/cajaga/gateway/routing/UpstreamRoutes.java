package org.cajaga.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import org.cajaga.gateway.config.GatewayConfig;

/**
 * Routes {@code /api/v1/taxonomy/**}, {@code /practices/**}, {@code /evaluations/**}, {@code /stats/**}
 * to their services (a route with a pattern, such as taxonomy's municipality suggestions served by
 * practices-service, before the prefix routes) over pooled keep-alive connections, unchanged: same path, same headers (the
 * caller's token included; services check it again), bodies streamed both ways. Reads (GET, HEAD)
 * wait at most the route's read timeout, writes its (longer) timeout. Each call is a client span, child of the
 * request's span, whose context goes upstream as {@code traceparent} ({@link TraceContextUpstream}).
 */
@Singleton
public class UpstreamRoutes {

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, RouteMetrics metrics) {
        // One client, so one connection pool, per event-loop thread: a pooled connection belongs to the
        // event loop that opened it, and a request served on another loop would hand every read and write
        // across threads, which costs throughput (bench/README.md).
        ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(() -> vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true).setMaxPoolSize(64).setConnectTimeout(2000)));
        config.routesInMatchOrder().forEach(entry -> {
            String name = entry.getKey();
            GatewayConfig.Route route = entry.getValue();
            URI upstream = route.upstream();
            SocketAddress origin = SocketAddress.inetSocketAddress(upstream.getPort() > 0 ? upstream.getPort() : 80,
                    upstream.getHost());
            long writeTimeout = route.timeout().toMillis();
            long readTimeout = Math.min(route.readTimeout().toMillis(), writeTimeout);
            ThreadLocal<HttpProxy> proxies = ThreadLocal.withInitial(() -> HttpProxy.reverseProxy(clients.get())
                    .originRequestProvider((request, http) -> http.request(new RequestOptions().setServer(origin)
                            .setIdleTimeout(isRead(request.method()) ? readTimeout : writeTimeout)))
                    .addInterceptor(new TraceContextUpstream())
                    .addInterceptor(new UpstreamProblems(name, metrics)));
            (route.pattern().isPresent() ? router.routeWithRegex(route.pattern().get()) : router.route(route.prefix() + "*"))
                    .handler(rc -> proxies.get().handle(rc.request()));
        });
    }

    private static boolean isRead(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }
}
