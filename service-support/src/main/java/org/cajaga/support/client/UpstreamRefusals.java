package org.cajaga.support.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a 4xx answer into an {@link UpstreamRefusal}; 5xx answers are left to the client's default mapping. Register
 * it on a REST client with {@code @RegisterProvider(UpstreamRefusals.class)}.
 */
public class UpstreamRefusals implements ResponseExceptionMapper<UpstreamRefusal> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }

    @Override
    public UpstreamRefusal toThrowable(Response response) {
        return new UpstreamRefusal(response);
    }
}
