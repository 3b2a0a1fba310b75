package org.cajaga.support.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.cajaga.core.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/** The RFC 9457 problem schemas every error answer of the API follows, gateway included. */
final class ProblemSchemas {

    static final String REF = "#/components/schemas/";
    static final String PROBLEM = "Problem";
    static final String VALIDATION_PROBLEM = "ValidationProblem";
    static final String VIOLATION = "Violation";

    private ProblemSchemas() {
    }

    static void addTo(Components components) {
        components.addSchema(VIOLATION, violation());
        components.addSchema(PROBLEM, problem());
        components.addSchema(VALIDATION_PROBLEM, OASFactory.createSchema()
                .description("A problem about the request's content: one `violations` entry per offending field, "
                        + "when the problem can name them")
                .allOf(List.of(OASFactory.createSchema().ref(REF + PROBLEM))));
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .type(List.of(SchemaType.OBJECT))
                .description("RFC 9457 problem details. `title` and `detail` follow `Accept-Language` (es, en).")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string(200, "Identifies the kind of problem: `" + ProblemType.TYPE_BASE + "` and a slug (docs/problems.md)")
                        .format("uri").example(ProblemType.NOT_FOUND.type().toString()))
                .addProperty("title", string(200, "Short, human-readable summary of the kind of problem")
                        .example("Recurso no encontrado"))
                .addProperty("status", OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .description("The HTTP status code").example(404))
                .addProperty("detail", string(4000, "What went wrong in this occurrence, and how to put it right")
                        .example("No existe la práctica '0190a1b2-0000-7000-8000-000000000001'."))
                .addProperty("instance", string(2048, "The request path this problem is about").format("uri-reference")
                        .example("/api/v1/practices/0190a1b2-0000-7000-8000-000000000001"))
                .addProperty("requestId", string(128, "Correlation id, also sent as X-Request-Id; quote it when reporting a problem")
                        .example("3f1d2c9e-7a51-4a43-9d6e-0d9c4b0e8f11"))
                .addProperty("traceId", string(32, "The W3C trace id of the request (the caller's `traceparent`, or one "
                        + "begun here): finds every span and log line of it across the services")
                        .pattern("^[0-9a-f]{32}$").example("4bf92f3577b34da6a3ce929d0e0e4736"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).maxItems(1000)
                        .description("The offending fields or parameters, when the problem is about them")
                        .items(OASFactory.createSchema().ref(REF + VIOLATION)));
    }

    private static Schema violation() {
        return OASFactory.createSchema()
                .type(List.of(SchemaType.OBJECT))
                .description("One offending field of the body, or one parameter")
                .required(List.of("field", "in", "message"))
                .addProperty("field", string(500, "The field's path, e.g. `verdicts[3].criterion`, or the parameter's name")
                        .example("title"))
                .addProperty("pointer", string(500, "The field as a JSON Pointer (RFC 6901) into the body")
                        .example("/title"))
                .addProperty("in", string(10, "Where the field is").enumeration(List.of("body", "query", "path", "header")))
                .addProperty("message", string(1000, "What is wrong with it, in the caller's language")
                        .example("no debe estar vacío"));
    }

    private static Schema string(int maxLength, String description) {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING)).maxLength(maxLength).description(description);
    }
}
