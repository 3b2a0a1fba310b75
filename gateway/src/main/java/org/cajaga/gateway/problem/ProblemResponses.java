package org.cajaga.gateway.problem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import org.cajaga.core.correlation.RequestIds;
import org.cajaga.core.http.RequestTargets;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;

/**
 * RFC 9457 problems the gateway answers with itself, in the services' vocabulary and the caller's language, with the
 * request id and the trace id of the request's span (the caller's {@code traceparent}, or a trace begun here).
 */
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
        Language language = languageOf(request);
        JsonObject problem = new JsonObject()
                .put("type", type.type().toString())
                .put("title", type.title(language))
                .put("status", type.status())
                .put("detail", language == Language.EN ? detailEn : detailEs);
        String path = request.path();
        if (path != null && path.startsWith("/") && RequestTargets.inspect(path) == RequestTargets.Finding.FINE) {
            problem.put("instance", path);
        }
        problem.put("requestId", request.getHeader(RequestIds.HEADER));
        SpanContext trace = Span.current().getSpanContext();
        if (trace.isValid()) {
            problem.put("traceId", trace.getTraceId());
        }
        return problem.encode();
    }

    /** Ends {@code response} with the problem: its status, media type, language and body. */
    public static void end(HttpServerRequest request, HttpServerResponse response, ProblemType type, String detailEs,
                           String detailEn) {
        response.setStatusCode(type.status())
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Content-Language", languageOf(request).tag())
                .end(body(request, type, detailEs, detailEn));
    }

    /** The language a problem for this request is written in. */
    public static Language languageOf(HttpServerRequest request) {
        return Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }
}
