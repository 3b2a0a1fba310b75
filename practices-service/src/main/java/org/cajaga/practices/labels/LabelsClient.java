package org.cajaga.practices.labels;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cajaga.support.client.RequestIdPropagation;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * taxonomy-service's lists, read for their names (pages of at most 200, in the language asked for), by
 * the background refresh: its own client, with more patience than the one writes wait on.
 */
@RegisterRestClient(configKey = "taxonomy-labels")
@RegisterProvider(RequestIdPropagation.class)
@Path("/api/v1/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
public interface LabelsClient {

    int PAGE = 200;

    @GET
    @Path("principles")
    LabelPage<LabelPage.Term> principles(@HeaderParam("Accept-Language") String language, @QueryParam("limit") int limit,
                                         @QueryParam("cursor") String cursor);

    @GET
    @Path("lessons")
    LabelPage<LabelPage.Term> lessons(@HeaderParam("Accept-Language") String language, @QueryParam("limit") int limit,
                                      @QueryParam("cursor") String cursor);

    @GET
    @Path("sdg/goals")
    LabelPage<LabelPage.Goal> goals(@HeaderParam("Accept-Language") String language, @QueryParam("limit") int limit,
                                    @QueryParam("cursor") String cursor);

    @GET
    @Path("sdg/targets")
    LabelPage<LabelPage.Target> targets(@HeaderParam("Accept-Language") String language, @QueryParam("limit") int limit,
                                        @QueryParam("cursor") String cursor);

    @GET
    @Path("states")
    LabelPage<LabelPage.State> states(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("municipalities")
    LabelPage<LabelPage.Municipality> municipalities(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);
}
