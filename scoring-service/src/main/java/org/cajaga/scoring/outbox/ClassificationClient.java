package org.cajaga.scoring.outbox;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** practices-service's classification endpoint, called with the scoring-service account's client-credentials token. */
@RegisterRestClient(configKey = "practices")
@OidcClientFilter
@Path("/api/v1/practices")
public interface ClassificationClient {

    @PUT
    @Path("{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    void classify(@PathParam("id") UUID practiceId, ClassificationMessage message);
}
