package org.cajaga.scoring.practice;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Reads practices with the caller's own token, so the caller sees exactly what practices-service lets them see. */
@RegisterRestClient(configKey = "practices")
@Path("/api/v1/practices")
public interface PracticesClient {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    PracticeFacts get(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);
}
