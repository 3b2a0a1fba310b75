package org.cajaga.support.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of every service has in common, written once: the problem schemas and the shared
 * response headers as components, the generic error responses (400, 401 for a bad token, 403 naming the roles
 * where a role is needed, 406, 408/413/415 where a body is taken, 412/428 where {@code If-Match} is taken, 429, 503,
 * default), 304 on every read that answers an {@code ETag}, {@code X-Request-Id} on every
 * response, and the bearer token declared on every operation (required where Quarkus marked the operation
 * as secured, optional elsewhere, so that Swagger UI sends it on reads too; without the role names Quarkus
 * writes as scopes, which a bearer scheme does not have and the realm's tokens do not carry). Resources document only what
 * is particular to them.
 */
public class ApiContractFilter implements OASFilter {

    static final String SCHEME = "keycloak";
    private static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    /** What Quarkus writes on the 401 and 403 of a secured operation; ours say more. */
    private static final Set<String> QUARKUS_DEFAULTS = Set.of("Not Authorized", "Not Allowed");
    private static final Map<String, String> LIBRARY_SCHEMAS = Map.of(
            "HttpProblem", ProblemSchemas.PROBLEM, "HttpValidationProblem", ProblemSchemas.VALIDATION_PROBLEM);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        LIBRARY_SCHEMAS.keySet().forEach(openAPI.getComponents()::removeSchema);
        ProblemSchemas.addTo(openAPI.getComponents());
        boundScalarSchemas(openAPI.getComponents().getSchemas());
        SharedHeaders.addTo(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getComponents().addParameter(IDEMPOTENCY_KEY, idempotencyKey());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> complete(operation, method)));
    }

    /** The scalar schemas the generator names after Java types get the length their values have. */
    private static void boundScalarSchemas(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        bound(schemas.get("UUID"), 36, "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
        bound(schemas.get("Instant"), 40, null);
        bound(schemas.get("LocalDate"), 10, null);
        bound(schemas.get("OffsetDateTime"), 40, null);
    }

    private static void bound(Schema schema, int maxLength, String pattern) {
        if (schema != null && schema.getMaxLength() == null) {
            schema.maxLength(maxLength);
            if (pattern != null && schema.getPattern() == null) {
                schema.pattern(pattern);
            }
        }
    }

    /** Every POST honours {@code Idempotency-Key} (service-support's IdempotencyFilter). */
    private static void takeIdempotencyKey(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + IDEMPOTENCY_KEY));
        APIResponses responses = operation.getResponses();
        addIfMissing(responses, "409", "The first request with this `Idempotency-Key` is still running; retry shortly");
        addIfMissing(responses, "422", "This `Idempotency-Key` was used with another request");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                addHeader(response, SharedHeaders.REPLAYED);
            }
        });
    }

    private static Parameter idempotencyKey() {
        return OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER).required(false)
                .description("Makes a retry safe (IETF httpapi draft \"The Idempotency-Key HTTP Header Field\"): the same key "
                        + "with the same request within 24 hours gets the first answer again and nothing is done twice; "
                        + "with another request it is a 422. Keys belong to the authenticated caller; anonymous calls ignore it.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1).maxLength(255)
                        .pattern("^[\\x21-\\x7e]{1,255}$"))
                .example("5f0c6a4e-8d0b-4b7a-9c52-1f3e2a9d7c10");
    }

    private static void complete(Operation operation, PathItem.HttpMethod method) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        List<String> roles = secured ? rolesOf(operation) : List.of();
        operation.setSecurity(secured ? new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)))
                : new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                        OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfMissing(responses, "400", "Malformed request: the address, a parameter or the body cannot be read "
                + "(the problem names it)");
        if (secured) {
            addIfMissing(responses, "401", "No valid bearer token (missing, expired, forged or not meant for this API)");
            addIfMissing(responses, "403", roles.isEmpty() ? "The token's roles do not allow this operation"
                    : "The token has none of the roles " + roles.stream().map(role -> "`" + role + "`")
                            .collect(Collectors.joining(", ")));
        } else {
            addIfMissing(responses, "401", "The bearer token sent is not valid (expired, forged or not meant for this API); "
                    + "send none to read as an anonymous caller");
        }
        addIfMissing(responses, "406", "None of the media types in `Accept` can be produced");
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "408", "The body stopped arriving or arrived too slowly (the service waits a limited time "
                    + "for more of it, and expects a minimum rate); the connection is closed (`Connection: close`). Send the "
                    + "request again: an operation on one record did nothing, a bulk push keeps only records read before");
            addIfMissing(responses, "413", "The body is larger than this operation takes (refused before it is read when "
                    + "`Content-Length` declares it, otherwise once the limit has been read; then with `Connection: close`)");
            addIfMissing(responses, "415", "The body's `Content-Type` is not one this operation takes");
        }
        if (takesIfMatch(operation)) {
            addIfMissing(responses, "412", "The resource changed since you read it (`If-Match` names another version): "
                    + "read it again and repeat the change");
            addIfMissing(responses, "428", "`If-Match` is missing: send the ETag you read");
        }
        if (method == PathItem.HttpMethod.GET && answersETag(responses.getAPIResponse("200"))
                && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified since the ETag you sent in `If-None-Match`"));
            addHeader(responses.getAPIResponse("304"), SharedHeaders.ETAG);
        }
        addIfMissing(responses, "429", "Too many requests; retry after `Retry-After` seconds");
        addIfMissing(responses, "503", "Temporarily unavailable; retry after `Retry-After` seconds");
        if (method == PathItem.HttpMethod.POST) {
            takeIdempotencyKey(operation);
        }
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse().description("Unexpected error, as RFC 9457 problem details"));
        }
        responses.getAPIResponses().forEach(ApiContractFilter::completeResponse);
        completeResponse("default", responses.getDefaultValue());
    }

    /** The realm roles {@code @RolesAllowed} names, which Quarkus writes as the security requirement's scopes. */
    private static List<String> rolesOf(Operation operation) {
        return operation.getSecurity().stream().filter(requirement -> requirement.getSchemes() != null)
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .filter(scopes -> scopes != null).flatMap(List::stream).distinct().toList();
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()));
    }

    private static boolean answersETag(APIResponse ok) {
        return ok != null && ok.getHeaders() != null && ok.getHeaders().containsKey(SharedHeaders.ETAG);
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status) || QUARKUS_DEFAULTS.contains(responses.getAPIResponse(status).getDescription())) {
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
