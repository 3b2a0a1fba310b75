package org.cajaga.scoring.practice;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.cajaga.support.client.RequestIdPropagation;
import org.cajaga.support.client.UpstreamRefusals;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Reads practices with the caller's own token, so the caller sees exactly what practices-service lets them see.
 * Called only through {@link GuardedPracticesClient}.
 */
@RegisterRestClient(configKey = "practices")
@RegisterProvider(RequestIdPropagation.class)
@RegisterProvider(UpstreamRefusals.class)
@Path("/api/v1/practices")
public interface PracticesClient {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    PracticeFacts get(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);

    /** Published practices like the practice {@code id}, most similar first, as the caller may see them. */
    @GET
    @Path("{id}/similar")
    @Produces(MediaType.APPLICATION_JSON)
    SimilarPractices similar(@PathParam("id") UUID id, @QueryParam("limit") int limit,
                             @HeaderParam("Authorization") String authorization);
}
