package org.cajaga.support.http;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import java.util.Arrays;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;
import org.jboss.resteasy.reactive.RestResponse;

/** Conditional requests: {@code If-None-Match} on reads (304) and {@code If-Match} on writes (428/412). */
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

    /**
     * A write must name the version it was based on: without {@code If-Match} it is refused with 428,
     * with a stale tag with 412, so a lost update cannot happen silently.
     */
    public static void requireMatch(String ifMatch, EntityTag... current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(ProblemType.PRECONDITION_REQUIRED,
                    "Envíe el encabezado If-Match con el ETag que leyó; así ningún cambio ajeno se pierde.",
                    "Send the If-Match header with the ETag you read, so that no one else's change is lost.");
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || Arrays.stream(current)
                        .anyMatch(tag -> candidate.equals("\"" + tag.getValue() + "\"")));
        if (!matches) {
            throw Problems.of(ProblemType.PRECONDITION_FAILED,
                    "El recurso cambió desde que lo leyó. Léalo de nuevo y repita el cambio.",
                    "The resource changed since you read it. Read it again and repeat the change.");
        }
    }
}
