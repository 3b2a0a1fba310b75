package org.cajaga.scoring.criteria;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "taxonomy")
@Path("/api/v1/taxonomy/criteria-sets")
public interface TaxonomyClient {

    /** The version in English, so class names and criteria codes are read the same way every time. */
    @GET
    @Path("{code}/versions/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    CriteriaSetVersion version(@PathParam("code") String code, @PathParam("number") int number,
                              @HeaderParam("Accept-Language") String language);
}
