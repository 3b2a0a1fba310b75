package org.cajaga.support.paging;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Stream;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.http.Preconditions;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers a list request: the page as body, {@code Link: rel="next"}, an ETag and 304 when unchanged. */
public final class PageResponses {

    private PageResponses() {
    }

    /**
     * @param versionParts what identifies this page's content (e.g. each item's code and version);
     *                     the ETag also covers the request URI, so other filters give other tags
     * @param variant      what else the representation depends on, such as the language
     */
    public static <T> RestResponse<Page<T>> of(Page<T> page, Stream<?> versionParts, UriInfo uri, Request request,
                                               CacheControl cacheControl, Object... variant) {
        return of(page, page.next(), versionParts, uri, request, cacheControl, variant);
    }

    /** The same for a list body of another shape (e.g. a page with facets), given its next cursor. */
    public static <B> RestResponse<B> of(B body, String nextCursor, Stream<?> versionParts, UriInfo uri, Request request,
                                         CacheControl cacheControl, Object... variant) {
        Object[] parts = Stream.concat(Stream.of(uri.getRequestUri(), nextCursor),
                Stream.concat(Stream.of(variant), versionParts)).toArray();
        EntityTag tag = EntityTags.of(parts);
        RestResponse.ResponseBuilder<B> response = Preconditions.conditional(request, tag, cacheControl, body);
        if (nextCursor != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
