package org.cajaga.support.http;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestResponse;

/** Conditional requests: {@code If-None-Match} on reads (304); {@code If-Match} on writes is {@link ExpectedVersion}. */
public final class Preconditions {

    private Preconditions() {
    }

    /** 200 with the body, or 304 when the client already holds this representation. */
    public static <T> RestResponse<T> okOrNotModified(Request request, EntityTag tag, CacheControl cacheControl, T body) {
        return conditional(request, tag, cacheControl, body).build();
    }

    /** Like {@link #okOrNotModified} but open for more headers. */
    public static <T> RestResponse.ResponseBuilder<T> conditional(Request request, EntityTag tag,
                                                                  CacheControl cacheControl, T body) {
        RestResponse.ResponseBuilder<T> answer = request.evaluatePreconditions(tag) != null
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(body);
        return answer.tag(tag).cacheControl(cacheControl);
    }

    /** Whether an {@code If-Match} value names one of {@code current} (or is {@code *}). */
    static boolean matches(String ifMatch, EntityTag... current) {
        return Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || Arrays.stream(current)
                        .anyMatch(tag -> candidate.equals("\"" + tag.getValue() + "\"")));
    }
}
