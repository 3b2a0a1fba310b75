package org.cajaga.gateway.problem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import org.cajaga.core.correlation.RequestIds;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;

/** RFC 9457 problems the gateway answers with itself, in the services' vocabulary and the caller's language. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    /** The generic problem of {@code status}; {@code detailEs}/{@code detailEn} pick by the request's Accept-Language. */
    public static String body(HttpServerRequest request, int status, String detailEs, String detailEn) {
        return body(request, ProblemType.forStatus(status), detailEs, detailEn);
    }

    /** The problem as JSON text; {@code detailEs}/{@code detailEn} pick by the request's Accept-Language. */
    public static String body(HttpServerRequest request, ProblemType type, String detailEs, String detailEn) {
        Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
        return new JsonObject()
                .put("type", type.type().toString())
                .put("title", type.title(language))
                .put("status", type.status())
                .put("detail", language == Language.EN ? detailEn : detailEs)
                .put("instance", request.path())
                .put("requestId", request.getHeader(RequestIds.HEADER))
                .encode();
    }
}
