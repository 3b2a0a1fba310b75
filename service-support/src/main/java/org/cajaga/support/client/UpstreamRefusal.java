package org.cajaga.support.client;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Another service answered with a 4xx: it is up and said no, so trying again changes nothing. REST clients that
 * register {@link UpstreamRefusals} throw it; fault-tolerance annotations name it in {@code abortOn} (no retry) and
 * {@code skipOn} (no circuit-breaker failure). A 5xx stays a plain {@link WebApplicationException}.
 */
public class UpstreamRefusal extends WebApplicationException {

    public UpstreamRefusal(Response response) {
        super("HTTP " + response.getStatus() + " from the called service", response);
    }
}
