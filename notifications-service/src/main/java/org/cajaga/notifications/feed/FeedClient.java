package org.cajaga.notifications.feed;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cajaga.support.client.RequestIdPropagation;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * practices-service's public change feeds, of practices and of reflections, read without a token (only public
 * records). Pages are read as trees, so fields the feeds add later never break the follower.
 */
@RegisterRestClient(configKey = "practices-feed")
@RegisterProvider(RequestIdPropagation.class)
@Path("/api/v1/practices")
public interface FeedClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode page(@QueryParam("updatedSince") String updatedSince, @QueryParam("cursor") String cursor,
                  @QueryParam("limit") int limit);

    /** The reflections' feed: shown reflections of published practices, and those hidden since. */
    @GET
    @Path("reflections")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode reflections(@QueryParam("updatedSince") String updatedSince, @QueryParam("cursor") String cursor,
                         @QueryParam("limit") int limit);
}
