package org.cajaga.support.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every absolute link the API writes ({@code Location}, {@code Link: rel="next"}) starts with the
 * configured public URL ({@code cajaga.public-url}: the gateway's, as clients reach it), never with what
 * the request's {@code Host} or {@code X-Forwarded-*} headers claim. Without a configured URL (tests,
 * a service run alone) links point at the address the service itself listens on.
 */
public class PublicBaseUri {

    /** The configured public URL with the root path, made once; null when none is configured. */
    private final URI configuredBase;

    PublicBaseUri(@ConfigProperty(name = "cajaga.public-url") Optional<URI> publicUrl) {
        this.configuredBase = publicUrl.filter(url -> url.getHost() != null)
                .map(url -> UriBuilder.fromUri(url).replacePath("/").build())
                .orElse(null);
    }

    @ServerRequestFilter(preMatching = true)
    public void rebase(ContainerRequestContext request, HttpServerRequest connection) {
        URI base = configuredBase != null ? configuredBase
                : URI.create("http://localhost:" + connection.localAddress().port() + "/");
        URI rebased = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                .scheme(base.getScheme()).host(base.getHost()).port(base.getPort()).build();
        request.setRequestUri(base, rebased);
    }
}
