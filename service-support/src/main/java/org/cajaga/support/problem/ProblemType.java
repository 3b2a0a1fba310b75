package org.cajaga.support.problem;

import java.net.URI;
import org.cajaga.support.i18n.Language;

/**
 * The problem types cajaga answers with besides plain HTTP statuses. The type URI is stable and
 * documented in the OpenAPI description; the title is shown in the request's language.
 */
public enum ProblemType {
    NOT_FOUND(404, "not-found", "Recurso no encontrado", "Resource not found"),
    ALREADY_EXISTS(409, "already-exists", "El recurso ya existe", "Resource already exists"),
    IMMUTABLE(409, "immutable", "El recurso publicado no puede cambiar", "A published resource cannot change"),
    INVALID_STATE(409, "invalid-state", "Operación no permitida en el estado actual",
            "Operation not allowed in the current state"),
    CONCURRENT_UPDATE(409, "concurrent-update", "Otro cambio se guardó antes",
            "Another change was saved first"),
    PRECONDITION_FAILED(412, "precondition-failed", "La versión indicada ya no es la actual",
            "The given version is no longer current"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Falta el encabezado If-Match",
            "The If-Match header is required"),
    INVALID_PARAMETER(400, "invalid-parameter", "Parámetro no válido", "Invalid parameter"),
    MALFORMED(400, "malformed", "Contenido mal formado", "Malformed content"),
    INVALID_DATA(422, "invalid-data", "Datos no válidos", "Invalid data"),
    OUT_OF_SCOPE(403, "out-of-scope", "Fuera de los municipios autorizados",
            "Outside the municipalities you may write"),
    NOT_ALLOWED(403, "not-allowed", "Operación no permitida para su cuenta", "Operation not allowed for your account"),
    DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "Un servicio necesario no está disponible",
            "A required service is unavailable");

    private static final String TYPE_PREFIX = "urn:cajaga:problem:";

    private final int status;
    private final URI type;
    private final String titleEs;
    private final String titleEn;

    ProblemType(int status, String slug, String titleEs, String titleEn) {
        this.status = status;
        this.type = URI.create(TYPE_PREFIX + slug);
        this.titleEs = titleEs;
        this.titleEn = titleEn;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleEs;
    }
}
