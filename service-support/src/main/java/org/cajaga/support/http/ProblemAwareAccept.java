package org.cajaga.support.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts {@code application/problem+json} says how it wants errors, not that it refuses
 * the operation's own representation: generated clients send that header, and must get the success
 * answer. Such an {@code Accept} is read as also accepting anything else, at a lower preference.
 */
public class ProblemAwareAccept {

    private static final String PROBLEM = "application/problem+json";

    @ServerRequestFilter(preMatching = true)
    public void widen(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(PROBLEM) && !accept.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.1");
        }
    }
}
