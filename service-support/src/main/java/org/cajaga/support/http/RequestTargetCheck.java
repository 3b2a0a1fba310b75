package org.cajaga.support.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.correlation.RequestIds;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;

/**
 * The request target (path and query) must decode to text the API can store and compare: a broken
 * {@code %} escape or an escaped control character (NUL, line breaks...) is a 400 problem before any
 * resource runs; without this check the first is an empty 400 and the second reaches the database.
 */
@Singleton
public class RequestTargetCheck {

    private static final int FIRST = -1000;
    private static final int FINE = -1;
    private static final int BROKEN_ESCAPE = 1;
    private static final int CONTROL = 2;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::check);
    }

    private void check(RoutingContext context) {
        String target = context.request().uri();
        int problem = firstProblem(target);
        if (problem == FINE) {
            context.next();
        } else if (problem == BROKEN_ESCAPE) {
            refuse(context.request(), "La dirección tiene una secuencia '%' mal formada.", "The address has a malformed '%' escape.");
        } else {
            refuse(context.request(), "La dirección contiene caracteres de control.", "The address contains control characters.");
        }
    }

    /** {@link #FINE} when the target is fine, otherwise what is wrong with it. */
    static int firstProblem(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (isControl(c)) {
                return CONTROL;
            }
            if (c != '%') {
                continue;
            }
            if (i + 2 >= target.length() || hex(target.charAt(i + 1)) < 0 || hex(target.charAt(i + 2)) < 0) {
                return BROKEN_ESCAPE;
            }
            int decoded = hex(target.charAt(i + 1)) * 16 + hex(target.charAt(i + 2));
            if (isControl(decoded)) {
                return CONTROL;
            }
            i += 2;
        }
        return FINE;
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static void refuse(HttpServerRequest request, String detailEs, String detailEn) {
        Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        ProblemType type = ProblemType.BAD_REQUEST;
        String body = new JsonObject()
                .put("type", type.type().toString())
                .put("title", type.title(language))
                .put("status", type.status())
                .put("detail", language == Language.EN ? detailEn : detailEs)
                .put("requestId", id)
                .encode();
        request.response().setStatusCode(type.status())
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Content-Language", language.tag())
                .putHeader(RequestIds.HEADER, id)
                .end(body);
    }
}
