package org.cajaga.practices.taxonomy;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "taxonomy")
@Path("/api/v1/taxonomy")
public interface TaxonomyClient {

    @POST
    @Path("validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    TaxonomyValidationReport validate(TaxonomyCodeSet codes);
}
