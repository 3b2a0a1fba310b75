package org.cajaga.scoring.outbox;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.cajaga.support.client.RequestIdPropagation;
import org.cajaga.support.client.UpstreamRefusals;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * practices-service's classification endpoint, called with the scoring-service account's client-credentials token.
 * Called only through {@link GuardedClassificationClient}.
 */
@RegisterRestClient(configKey = "practices")
@RegisterProvider(RequestIdPropagation.class)
@RegisterProvider(UpstreamRefusals.class)
@OidcClientFilter
@Path("/api/v1/practices")
public interface ClassificationClient {

    @PUT
    @Path("{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    void classify(@PathParam("id") UUID practiceId, ClassificationMessage message);
}
