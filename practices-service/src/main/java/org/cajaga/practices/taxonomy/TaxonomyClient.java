package org.cajaga.practices.taxonomy;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.cajaga.support.client.RequestIdPropagation;
import org.cajaga.support.client.UpstreamRefusals;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "taxonomy")
@RegisterProvider(RequestIdPropagation.class)
@RegisterProvider(UpstreamRefusals.class)
@Path("/api/v1/taxonomy")
public interface TaxonomyClient {

    @POST
    @Path("validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    TaxonomyValidationReport validate(TaxonomyCodeSet codes);

    @GET
    @Path("principles")
    @Produces(MediaType.APPLICATION_JSON)
    TaxonomyPage<TaxonomyPage.Term> principles(@QueryParam("limit") int limit,
                                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    @GET
    @Path("lessons")
    @Produces(MediaType.APPLICATION_JSON)
    TaxonomyPage<TaxonomyPage.Term> lessons(@QueryParam("limit") int limit,
                                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    @GET
    @Path("criteria-sets/{code}/versions/current")
    @Produces(MediaType.APPLICATION_JSON)
    TaxonomyPage.CriteriaVersion currentCriteria(@PathParam("code") String criteriaSet,
                                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    @GET
    @Path("sdg/goals")
    @Produces(MediaType.APPLICATION_JSON)
    TaxonomyPage<TaxonomyPage.Goal> sdgGoals(@QueryParam("limit") int limit,
                                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    @GET
    @Path("states")
    @Produces(MediaType.APPLICATION_JSON)
    TaxonomyPage<TaxonomyPage.State> states(@QueryParam("limit") int limit);
}
