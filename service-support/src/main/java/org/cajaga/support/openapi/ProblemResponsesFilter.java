package org.cajaga.support.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents errors the same way in every service: a {@code Problem} schema (RFC 9457), every error
 * response declared by a resource gets it as {@code application/problem+json}, and every operation
 * gets a {@code default} problem response for what it does not declare.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (isError(code) && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
        if (operation.getResponses().getDefaultValue() == null) {
            operation.getResponses().setDefaultValue(OASFactory.createAPIResponse()
                    .description("Any other error, as RFC 9457 problem details (`application/problem+json`).")
                    .content(problemContent()));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSchema("Violation", violationSchema());
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. `title` and `detail` follow Accept-Language (es, en).")
                .properties(Map.of(
                        "type", string("Problem type URI; `about:blank` for plain HTTP statuses",
                                "urn:cajaga:problem:not-found"),
                        "title", string("Short summary in the request's language", "Recurso no encontrado"),
                        "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                                .description("HTTP status code").examples(List.of(404)),
                        "detail", string("What went wrong with this request", "No existe el principio 'FOO'."),
                        "instance", string("Path of the request", "/api/v1/taxonomy/principles/FOO"),
                        "requestId", string("Correlation id, also sent as X-Request-Id; quote it when reporting",
                                "3f1d2c9e-7a51-4a43-9d6e-0d9c4b0e8f11"),
                        "violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .description("One entry per invalid field (validation problems only)")
                                .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))));
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .properties(Map.of(
                        "field", string("Path of the invalid field", "name.es"),
                        "in", string("Where the field is: body, query, path, header", "body"),
                        "message", string("Why it is invalid", "must not be blank")));
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description(description).examples(List.of(example));
    }
}
