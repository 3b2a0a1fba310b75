package org.cajaga.practices.reflection;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Stream;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.paging.PageResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/practices/reflections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reflections")
public class ReflectionFeedResource {

    @Inject
    ReflectionFeed feed;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @PermitAll
    @Operation(operationId = "listReflectionChanges", summary = "Change feed of reflections",
            description = "What anyone may read of every practice's reflections, so a portal mirrors them by polling: "
                    + "in `items` each reflection shown on a published practice that was posted or edited since "
                    + "`updatedSince`, and in `removed` each one an editor hid. Ordered and served as the practices' "
                    + "change feed (`GET /api/v1/practices?updatedSince=`): by the position of the transaction that "
                    + "wrote it, each change only once no transaction with a lower position can still commit, so "
                    + "following `next` and then polling from `resume` never skips a commit; at least once (keep the "
                    + "newest `version`). Reflections of a practice that stopped being public are not removed one by "
                    + "one: the practice's removal in the practices' feed covers them.")
    @APIResponse(responseCode = "200", description = "One page; `Link: rel=\"next\"` when more are ready now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReflectionChangePage.class)),
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Link", ref = "Link")})
    @APIResponse(responseCode = "400", description = "`updatedSince` missing or invalid, or an invalid `limit` or `cursor`")
    public RestResponse<ReflectionChangePage> changes(
            @QueryParam("updatedSince") @Parameter(required = true, description = "Start with the reflections changed at or "
                    + "after this instant (RFC 3339 UTC, years " + PracticeInput.FIRST_YEAR + " to " + PracticeInput.LAST_YEAR
                    + "); with a `cursor` from `next` or `resume` (sent with the same `updatedSince`) go on from there, "
                    + "including every change committed since, whatever its time. `limit` counts items and removals "
                    + "together.", schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35),
                    example = "2026-01-31T12:00:00Z") String updatedSince,
            @BeanParam PageParams paging) {
        ReflectionChangePage page = feed.page(updatedSince, paging);
        return PageResponses.of(page, page.next(), Stream.concat(
                        page.items().stream().map(r -> r.id() + ":" + r.version()),
                        page.removed().stream().map(r -> r.id() + ":" + r.reason())), uri, request,
                CacheControl.valueOf("no-cache"), page.resume());
    }
}
