package org.cajaga.taxonomy;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, to prove nothing internal leaks out. */
@Path("/test-only/failure")
@PermitAll
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("SELECT secret FROM org.cajaga.internal.Table failed");
    }
}
