package org.cajaga.support.paging;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Stream;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;

/** Answers a list request: the page as body, {@code Link: rel="next"}, an ETag and 304 when unchanged. */
public final class PageResponses {

    private PageResponses() {
    }

    /**
     * @param versionParts what identifies this page's content (e.g. each item's code and version);
     *                     the ETag also covers the request URI, so other filters give other tags
     */
    public static Response of(Page<?> page, Stream<?> versionParts, UriInfo uri, Request request,
                              CacheControl cacheControl, Object... variant) {
        Object[] parts = Stream.concat(Stream.of(uri.getRequestUri(), page.next()),
                Stream.concat(Stream.of(variant), versionParts)).toArray();
        EntityTag tag = EntityTags.of(parts);
        Response response = Preconditions.okOrNotModified(request, tag, cacheControl, page);
        if (page.next() == null) {
            return response;
        }
        String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build().toString();
        return Response.fromResponse(response).header("Link", "<" + next + ">; rel=\"next\"").build();
    }
}
