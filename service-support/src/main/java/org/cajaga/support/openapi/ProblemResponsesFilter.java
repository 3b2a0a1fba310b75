package org.cajaga.support.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents errors the same way in every service, on top of the problem schemas that
 * quarkus-resteasy-problem contributes: every error response gets {@code application/problem+json}
 * content (422 with the per-field {@code violations}), every operation a {@code default} problem
 * response, and the problem schema the {@code requestId} member cajaga adds.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM = "HttpProblem";
    private static final String VALIDATION_PROBLEM = "HttpValidationProblem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5"))
                    && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent("422".equals(code) ? VALIDATION_PROBLEM : PROBLEM));
            }
        });
        if (operation.getResponses().getDefaultValue() == null) {
            operation.getResponses().setDefaultValue(OASFactory.createAPIResponse()
                    .description("Any other error, as RFC 9457 problem details.")
                    .content(problemContent(PROBLEM)));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema requestId = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .description("Correlation id, also sent as X-Request-Id; quote it when reporting a problem")
                .examples(List.of("3f1d2c9e-7a51-4a43-9d6e-0d9c4b0e8f11"));
        for (String name : List.of(PROBLEM, VALIDATION_PROBLEM)) {
            Schema schema = openAPI.getComponents().getSchemas().get(name);
            if (schema != null) {
                schema.addProperty("requestId", requestId);
            }
        }
    }

    private static Content problemContent(String schema) {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)));
    }
}
