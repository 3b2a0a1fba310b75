package org.cajaga.core.problem;

import java.util.Map;
import org.cajaga.core.i18n.Language;

/**
 * What to tell a caller when all that is known of a problem is its status: used instead of a
 * framework's own words, which name internals and are in one language only.
 */
public final class GenericDetails {

    private record Detail(String es, String en) {
    }

    private static final Map<Integer, Detail> BY_STATUS = Map.ofEntries(
            Map.entry(400, new Detail("La solicitud está mal formada.", "The request is malformed.")),
            Map.entry(401, new Detail("Esta operación requiere un token de acceso válido.",
                    "This operation needs a valid bearer token.")),
            Map.entry(403, new Detail("Su cuenta no tiene permiso para esta operación.",
                    "Your account may not perform this operation.")),
            Map.entry(404, new Detail("No hay ningún recurso en esta dirección.", "There is no resource at this address.")),
            Map.entry(405, new Detail("Este recurso no admite el método usado.", "This resource does not take this method.")),
            Map.entry(406, new Detail("Este recurso no puede responder en ninguno de los formatos pedidos en Accept.",
                    "This resource cannot answer in any of the media types asked for in Accept.")),
            Map.entry(408, new Detail("La solicitud no llegó completa a tiempo.", "The request did not arrive in time.")),
            Map.entry(413, new Detail("El contenido es más grande de lo que esta operación admite.",
                    "The content is larger than this operation takes.")),
            Map.entry(414, new Detail("La dirección es demasiado larga.", "The address is too long.")),
            Map.entry(415, new Detail("Esta operación no admite el Content-Type enviado.",
                    "This operation does not take the Content-Type sent.")),
            Map.entry(429, new Detail("Demasiadas solicitudes; espere los segundos de Retry-After.",
                    "Too many requests; wait the seconds given in Retry-After.")),
            Map.entry(431, new Detail("Los encabezados de la solicitud son demasiado grandes.",
                    "The request's header fields are too large.")),
            Map.entry(500, new Detail("Ocurrió un error inesperado. Si se repite, indique el requestId.",
                    "An unexpected error occurred. If it happens again, quote the requestId.")),
            Map.entry(502, new Detail("Un servicio interno respondió con un error.", "An internal service answered with an error.")),
            Map.entry(503, new Detail("El servicio no está disponible por ahora; vuelva a intentar después de Retry-After.",
                    "The service is unavailable for now; try again after Retry-After.")),
            Map.entry(504, new Detail("Un servicio interno no respondió a tiempo.", "An internal service did not answer in time.")));

    private GenericDetails() {
    }

    public static String of(int status, Language language) {
        Detail detail = BY_STATUS.get(status);
        if (detail == null) {
            return ProblemType.forStatus(status).title(language) + ".";
        }
        return language == Language.EN ? detail.en() : detail.es();
    }
}
