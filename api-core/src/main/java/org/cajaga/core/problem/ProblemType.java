package org.cajaga.core.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cajaga.core.i18n.Language;

/**
 * Every kind of problem the API answers with, from the gateway or a service: one vocabulary. The type
 * URI is stable ({@value #TYPE_BASE} and a slug, listed in docs/problems.md and in the OpenAPI
 * document); the title is shown in the caller's language. The first type of each status is the generic
 * one, used when nothing more particular is known.
 */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Solicitud incorrecta", "Bad request"),
    MALFORMED(400, "malformed", "Contenido mal formado", "Malformed content"),
    INVALID_PARAMETER(400, "invalid-parameter", "Parámetro no válido", "Invalid parameter"),
    UNAUTHORIZED(401, "unauthorized", "Autenticación requerida", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Acceso denegado", "Access denied"),
    OUT_OF_SCOPE(403, "out-of-scope", "Fuera de los municipios autorizados",
            "Outside the municipalities you may write"),
    NOT_ALLOWED(403, "not-allowed", "Operación no permitida para su cuenta", "Operation not allowed for your account"),
    NOT_FOUND(404, "not-found", "Recurso no encontrado", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Método no permitido", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Formato de respuesta no disponible", "Not acceptable"),
    REQUEST_TIMEOUT(408, "request-timeout", "La solicitud tardó demasiado", "Request timeout"),
    CONFLICT(409, "conflict", "Conflicto con el estado actual", "Conflict with the current state"),
    ALREADY_EXISTS(409, "already-exists", "El recurso ya existe", "Resource already exists"),
    IMMUTABLE(409, "immutable", "El recurso publicado no puede cambiar", "A published resource cannot change"),
    INVALID_STATE(409, "invalid-state", "Operación no permitida en el estado actual",
            "Operation not allowed in the current state"),
    CONCURRENT_UPDATE(409, "concurrent-update", "Otro cambio se guardó antes", "Another change was saved first"),
    PRECONDITION_FAILED(412, "precondition-failed", "La versión indicada ya no es la actual",
            "The given version is no longer current"),
    TOO_LARGE(413, "too-large", "Contenido demasiado grande", "Content too large"),
    URI_TOO_LONG(414, "uri-too-long", "Dirección demasiado larga", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Tipo de contenido no soportado", "Unsupported media type"),
    INVALID_DATA(422, "invalid-data", "Datos no válidos", "Invalid data"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Falta el encabezado If-Match", "The If-Match header is required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Demasiadas solicitudes", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Encabezados demasiado grandes", "Request header fields too large"),
    INTERNAL(500, "internal", "Error interno", "Internal server error"),
    BAD_GATEWAY(502, "bad-gateway", "Error del servicio interno", "Bad gateway"),
    UNAVAILABLE(503, "unavailable", "Servicio no disponible", "Service unavailable"),
    DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "Un servicio necesario no está disponible",
            "A required service is unavailable"),
    RECORD_UNAVAILABLE(503, "record-unavailable", "Registro no guardado por una falla pasajera; reenvíelo",
            "Record not stored because of a passing failure; send it again"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "El servicio interno no respondió a tiempo", "Gateway timeout");

    /** Where every type URI starts; the slug follows. */
    public static final String TYPE_BASE = "https://cajaga.mx/problems/";

    private static final Map<Integer, ProblemType> GENERIC = Arrays.stream(values())
            .collect(Collectors.toMap(ProblemType::status, Function.identity(), (first, other) -> first));

    private final int status;
    private final String slug;
    private final URI type;
    private final String titleEs;
    private final String titleEn;

    ProblemType(int status, String slug, String titleEs, String titleEn) {
        this.status = status;
        this.slug = slug;
        this.type = URI.create(TYPE_BASE + slug);
        this.titleEs = titleEs;
        this.titleEn = titleEn;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI type() {
        return type;
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleEs;
    }

    /** The generic type of an HTTP status; an unknown 4xx is a bad request, an unknown 5xx an internal error. */
    public static ProblemType forStatus(int status) {
        ProblemType known = GENERIC.get(status);
        if (known != null) {
            return known;
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
