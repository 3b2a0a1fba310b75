package org.cajaga.support.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.correlation.RequestIds;
import org.cajaga.core.http.BearerTokens;
import org.cajaga.core.http.RequestTargets;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.GenericDetails;
import org.cajaga.core.problem.ProblemType;

/**
 * Problems for what is refused before the REST layer runs, which would otherwise be empty answers or
 * framework errors: a request target that does not decode ({@link RequestTargets}; Quarkus' own check of
 * it, an empty 400, is switched off with {@code -Dvertx.disableURIValidation=true} wherever the services
 * run), a bearer token
 * that is not even shaped like a JWT (Quarkus' OIDC fails with a 500 on {@code Bearer ..}), a body declared
 * larger than one record may be (413 before it is read; the bulk paths are exempt; a body sent in chunks is
 * limited while it is read, by {@link BodyGuard}), and the
 * statuses Vert.x itself answers (400, 413) when nothing else has written the response.
 */
@Singleton
public class EdgeProblems {

    private static final int FIRST = -1000;
    private static final String CHALLENGE = "Bearer realm=\"cajaga\", error=\"invalid_token\"";

    private final RecordBodyLimit recordBody;

    EdgeProblems(RecordBodyLimit recordBody) {
        this.recordBody = recordBody;
    }

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::check);
        for (int status : new int[] {400, 413}) {
            router.errorHandler(status, context -> {
                if (!context.response().ended()) {
                    Language language = language(context.request());
                    answer(context.request(), ProblemType.forStatus(status), GenericDetails.of(status, language), language);
                }
            });
        }
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        RequestTargets.Finding target = RequestTargets.inspect(request.uri());
        if (target != RequestTargets.Finding.FINE) {
            Language language = language(request);
            answer(request, ProblemType.BAD_REQUEST, target.detail(language), language);
            return;
        }
        if (declaredLength(request) > recordBody.maxBytes() && recordBody.appliesTo(request.path())) {
            Language language = language(request);
            answer(request, ProblemType.TOO_LARGE, recordBody.detail(language), language);
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && BearerTokens.isBearer(authorization) && BearerTokens.jwtParts(authorization) == null) {
            Language language = language(request);
            request.response().putHeader("WWW-Authenticate", CHALLENGE);
            answer(request, ProblemType.UNAUTHORIZED, language == Language.EN
                    ? "The bearer token is not a JWT (three base64url parts separated by dots)."
                    : "El token de acceso no es un JWT (tres partes base64url separadas por puntos).", language);
            return;
        }
        context.next();
    }

    /** The body's declared length; -1 when none is declared or it is not a number. */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static Language language(HttpServerRequest request) {
        return Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private static void answer(HttpServerRequest request, ProblemType type, String detail, Language language) {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        HttpServerResponse response = request.response();
        JsonObject problem = new JsonObject()
                .put("type", type.type().toString())
                .put("title", type.title(language))
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", request.path())
                .put("requestId", id);
        SpanContext trace = Span.current().getSpanContext();
        if (trace.isValid()) {
            problem.put("traceId", trace.getTraceId());
        }
        response.setStatusCode(type.status())
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Content-Language", language.tag())
                .putHeader(RequestIds.HEADER, id)
                .end(problem.encode());
    }
}
