package org.cajaga.support.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.cajaga.core.correlation.RequestIds;
import org.cajaga.support.correlation.RequestIdFilter;
import org.jboss.logging.MDC;

/**
 * Sends the current request id ({@link RequestIdFilter} puts it in the logging context) as {@code X-Request-Id} on a
 * call to another service, so one id follows a request through every service's logs. Register it on a REST client
 * with {@code @RegisterProvider(RequestIdPropagation.class)}.
 */
public class RequestIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIdFilter.MDC_KEY);
        if (id != null && !request.getHeaders().containsKey(RequestIds.HEADER)) {
            request.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
