package org.cajaga.support.problem;

import java.util.Map;
import org.cajaga.support.i18n.Language;

/** Spanish and English titles for problems that carry only an HTTP status (type {@code about:blank}). */
final class ProblemTitles {

    private record Title(String es, String en) {
    }

    private static final Map<Integer, Title> BY_STATUS = Map.ofEntries(
            Map.entry(400, new Title("Solicitud incorrecta", "Bad request")),
            Map.entry(401, new Title("Autenticación requerida", "Authentication required")),
            Map.entry(403, new Title("Acceso denegado", "Access denied")),
            Map.entry(404, new Title("Recurso no encontrado", "Resource not found")),
            Map.entry(405, new Title("Método no permitido", "Method not allowed")),
            Map.entry(406, new Title("Formato de respuesta no disponible", "Not acceptable")),
            Map.entry(409, new Title("Conflicto con el estado actual", "Conflict with the current state")),
            Map.entry(412, new Title("La versión indicada ya no es la actual", "Precondition failed")),
            Map.entry(415, new Title("Tipo de contenido no soportado", "Unsupported media type")),
            Map.entry(422, new Title("Datos no válidos", "Unprocessable content")),
            Map.entry(428, new Title("Falta una precondición", "Precondition required")),
            Map.entry(429, new Title("Demasiadas solicitudes", "Too many requests")),
            Map.entry(500, new Title("Error interno", "Internal server error")),
            Map.entry(502, new Title("Error del servicio interno", "Bad gateway")),
            Map.entry(503, new Title("Servicio no disponible", "Service unavailable")),
            Map.entry(504, new Title("El servicio interno no respondió a tiempo", "Gateway timeout")));

    private ProblemTitles() {
    }

    static String forStatus(int status, Language language, String fallback) {
        Title title = BY_STATUS.get(status);
        if (title == null) {
            return fallback;
        }
        return language == Language.EN ? title.en() : title.es();
    }
}
