package org.cajaga.gateway.problem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFC 9457 problems the gateway answers with itself, titled in the caller's language (es default, en). */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private record Title(String es, String en) {
    }

    private static final Map<Integer, Title> TITLES = Map.of(
            401, new Title("Autenticación requerida", "Authentication required"),
            403, new Title("Acceso denegado", "Access denied"),
            429, new Title("Demasiadas solicitudes", "Too many requests"),
            502, new Title("Error del servicio interno", "Bad gateway"),
            503, new Title("Servicio no disponible", "Service unavailable"),
            504, new Title("El servicio interno no respondió a tiempo", "Gateway timeout"));

    private ProblemResponses() {
    }

    /** The problem as JSON text; {@code detailEs}/{@code detailEn} pick by the request's Accept-Language. */
    public static String body(HttpServerRequest request, int status, String detailEs, String detailEn) {
        boolean english = english(request.getHeader("Accept-Language"));
        Title title = TITLES.getOrDefault(status, new Title("Error", "Error"));
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", english ? title.en() : title.es())
                .put("status", status)
                .put("detail", english ? detailEn : detailEs)
                .put("instance", request.path())
                .put("requestId", request.getHeader(RequestIds.HEADER))
                .encode();
    }

    private static boolean english(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            return "en".equals(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("es", "en")));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
