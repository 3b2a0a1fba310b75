package org.cajaga.scoring.criteria;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cajaga.support.client.RequestIdPropagation;
import org.cajaga.support.client.UpstreamRefusals;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** taxonomy-service's criteria-set versions and lessons learned; called only through {@link GuardedTaxonomyClient}. */
@RegisterRestClient(configKey = "taxonomy")
@RegisterProvider(RequestIdPropagation.class)
@RegisterProvider(UpstreamRefusals.class)
@Path("/api/v1/taxonomy")
public interface TaxonomyClient {

    /** The version with its criteria named in {@code language} (codes and the rule are the same in every language). */
    @GET
    @Path("criteria-sets/{code}/versions/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    CriteriaSetVersion version(@PathParam("code") String code, @PathParam("number") int number,
                              @HeaderParam("Accept-Language") String language);

    /** One page of the lessons learned in curator order, named in {@code language}; {@code cursor} null for the first. */
    @GET
    @Path("lessons")
    @Produces(MediaType.APPLICATION_JSON)
    LessonPage lessons(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor,
                       @HeaderParam("Accept-Language") String language);
}
