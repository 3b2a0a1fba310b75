package org.cajaga.support.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of every service has in common, written once: the problem schemas and the shared
 * response headers as components, the generic error responses (400 where input is taken, 401/403 where a
 * token is needed, 406, 413/415 where a body is taken, 429, 503, default), {@code X-Request-Id} on every
 * response, and the bearer token declared on every operation (required where Quarkus marked the operation
 * as secured, optional elsewhere, so that Swagger UI sends it on reads too). Resources document only what
 * is particular to them.
 */
public class ApiContractFilter implements OASFilter {

    static final String SCHEME = "keycloak";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final Map<String, String> LIBRARY_SCHEMAS = Map.of(
            "HttpProblem", ProblemSchemas.PROBLEM, "HttpValidationProblem", ProblemSchemas.VALIDATION_PROBLEM);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        LIBRARY_SCHEMAS.keySet().forEach(openAPI.getComponents()::removeSchema);
        ProblemSchemas.addTo(openAPI.getComponents());
        SharedHeaders.addTo(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> complete(path, operation)));
    }

    private static void complete(String path, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean takesInput = path.contains("{") || operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            addIfMissing(responses, "400", "Malformed request: a parameter or the body cannot be read (the problem names it)");
        }
        if (secured) {
            addIfMissing(responses, "401", "No valid bearer token (missing, expired, forged or not meant for this API)");
            addIfMissing(responses, "403", "The token's roles do not allow this operation");
        }
        addIfMissing(responses, "406", "None of the media types in `Accept` can be produced");
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "413", "The body is larger than this operation takes");
            addIfMissing(responses, "415", "The body's `Content-Type` is not one this operation takes");
        }
        addIfMissing(responses, "429", "Too many requests; retry after `Retry-After` seconds");
        addIfMissing(responses, "503", "Temporarily unavailable; retry after `Retry-After` seconds");
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse().description("Unexpected error, as RFC 9457 problem details"));
        }
        responses.getAPIResponses().forEach(ApiContractFilter::completeResponse);
        completeResponse("default", responses.getDefaultValue());
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void completeResponse(String status, APIResponse response) {
        boolean error = status.startsWith("4") || status.startsWith("5") || "default".equals(status);
        if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(problemContent("422".equals(status) ? ProblemSchemas.VALIDATION_PROBLEM : ProblemSchemas.PROBLEM));
        }
        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
            response.getContent().getMediaTypes().values().stream()
                    .filter(media -> media.getSchema() != null)
                    .forEach(media -> renameLibraryRef(media.getSchema(), "422".equals(status)));
        }
        addHeader(response, SharedHeaders.REQUEST_ID);
        if ("429".equals(status) || "503".equals(status)) {
            addHeader(response, SharedHeaders.RETRY_AFTER);
        }
    }

    /** The library's problem schemas are replaced by ours; a 422 always lists its violations. */
    private static void renameLibraryRef(Schema schema, boolean validation) {
        String ref = schema.getRef();
        if (ref == null) {
            return;
        }
        LIBRARY_SCHEMAS.forEach((library, own) -> {
            if (ref.endsWith("/" + library)) {
                schema.setRef(ProblemSchemas.REF + own);
            }
        });
        if (validation && schema.getRef().endsWith("/" + ProblemSchemas.PROBLEM)) {
            schema.setRef(ProblemSchemas.REF + ProblemSchemas.VALIDATION_PROBLEM);
        }
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(SharedHeaders.REF + name));
        }
    }

    private static Content problemContent(String schema) {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ProblemSchemas.REF + schema)));
    }
}
