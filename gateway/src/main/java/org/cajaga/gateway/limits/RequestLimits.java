package org.cajaga.gateway.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import org.cajaga.core.http.RequestTargets;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.gateway.config.GatewayConfig;
import org.cajaga.gateway.problem.GatewayProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, as problems, requests the gateway will not forward: a target longer than the limit (414),
 * headers larger than the limit (431), a declared body larger than {@code quarkus.http.limits.max-body-size}
 * (413, before a byte of it is read), a target with a broken {@code %} escape, a control character or
 * characters a URI cannot hold (400; Quarkus' own check of the last, which answers an empty 400, is
 * switched off by {@code vertx.disableURIValidation}, see {@link org.cajaga.gateway.GatewayMain}).
 * The HTTP codec's own limits are set higher (application.properties), so these answers are the ones
 * callers see; past the codec's limits Vert.x answers an empty 414/431 that no handler can change.
 */
@Singleton
public class RequestLimits {

    /** After the request id, before CORS (order -300) and authentication (order -200). */
    private static final int ORDER = -900;

    private final GatewayConfig.Limits limits;
    private final long maxBody;
    private final GatewayProblems problems;

    RequestLimits(GatewayConfig config, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
                  GatewayProblems problems) {
        this.limits = config.limits();
        this.maxBody = maxBody.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String target = rc.request().uri();
        if (target.length() > limits.maxUriLength()) {
            problems.send(rc, ProblemType.URI_TOO_LONG,
                    "La dirección tiene más de " + limits.maxUriLength() + " caracteres.",
                    "The address is longer than " + limits.maxUriLength() + " characters.");
        } else if (headerBytes(rc.request().headers()) > limits.maxHeaderSize()) {
            problems.send(rc, ProblemType.HEADERS_TOO_LARGE,
                    "Los encabezados suman más de " + limits.maxHeaderSize() + " bytes.",
                    "The header fields add up to more than " + limits.maxHeaderSize() + " bytes.");
        } else {
            checkTarget(rc, RequestTargets.inspect(target));
        }
    }

    private void checkTarget(RoutingContext rc, RequestTargets.Finding finding) {
        if (finding == RequestTargets.Finding.FINE) {
            checkBodySize(rc);
        } else {
            problems.send(rc, ProblemType.BAD_REQUEST, finding.detail(Language.ES), finding.detail(Language.EN));
        }
    }

    private void checkBodySize(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException notANumber) {
            declared = -1;
        }
        if (declared < 0) {
            rc.response().putHeader("Connection", "close");
            problems.send(rc, ProblemType.BAD_REQUEST, "El encabezado Content-Length no es un número.",
                    "The Content-Length header is not a number.");
        } else if (declared > maxBody) {
            rc.response().putHeader("Connection", "close");
            problems.send(rc, ProblemType.TOO_LARGE, "El contenido tiene más de " + maxBody + " bytes.",
                    "The content is larger than " + maxBody + " bytes.");
        } else {
            rc.next();
        }
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
