package org.cajaga.support.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.cajaga.core.correlation.RequestIds;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Honours the caller's {@code X-Request-Id} (or creates one, by the rule of {@link RequestIds}), puts it
 * in the logging context so every log line and every problem carries it, and echoes it on the answer.
 */
public class RequestIdFilter {

    public static final String HEADER = RequestIds.HEADER;
    public static final String MDC_KEY = "requestId";

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        String id = RequestIds.accept(request.getHeaderString(HEADER));
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
