package org.cajaga.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway adds to the merged document because the gateway itself does it: the server, the
 * Keycloak OAuth2 scheme, the headers it sends on every answer ({@code RateLimit-*}, {@code X-Request-Id},
 * {@code Access-Control-Allow-Origin} for allowed browsers) and the answers it makes on every operation
 * before or instead of a service (400 malformed target, 401 bad token, 414, 431, 429, 502, 503, 504; 413
 * where there is a body), as shared responses where the service documents none of its own. Writes need a
 * token at the gateway, so their security is the scheme alone.
 */
final class GatewayDocumentation {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCHEME = "keycloak";
    private static final String HEADERS = "#/components/headers/";
    private static final String RESPONSES = "#/components/responses/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> WRITES = Set.of("put", "post", "delete", "patch");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final String PROBLEM = "application/problem+json";
    private static final String REQUEST_ID = "X-Request-Id";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String[] ON_EVERY_ANSWER = {REQUEST_ID, "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
            "Access-Control-Allow-Origin"};

    private static final String[] TOO_LARGE = {"GatewayContentTooLarge", "The declared body is larger than the gateway takes"};

    /** The answers the gateway can give to any operation: status → component name and description. */
    private static final Map<String, String[]> GATEWAY_ANSWERS = answers();

    private GatewayDocumentation() {
    }

    private static Map<String, String[]> answers() {
        Map<String, String[]> answers = new LinkedHashMap<>();
        answers.put("400", new String[] {"GatewayBadRequest",
                "The address has a malformed `%` escape, a control character or characters that must be escaped"});
        answers.put("401", new String[] {"GatewayUnauthorized",
                "The bearer token is malformed, invalid, expired or not for this API (a write without a token too)"});
        answers.put("414", new String[] {"GatewayUriTooLong", "The address (path and query) is too long"});
        answers.put("429", new String[] {"GatewayTooManyRequests",
                "Over this client's (or anonymous address's) requests per minute; retry after `Retry-After` seconds"});
        answers.put("431", new String[] {"GatewayHeadersTooLarge", "The request's header fields are too large"});
        answers.put("502", new String[] {"GatewayBadGateway", "The service behind the gateway failed"});
        answers.put("503", new String[] {"GatewayUnavailable",
                "The service behind the gateway is unavailable; retry after `Retry-After` seconds"});
        answers.put("504", new String[] {"GatewayTimeout", "The service behind the gateway did not answer in time"
                + " (reads: 10 s at most; writes: the route's timeout, 60 s for practices)"});
        return answers;
    }

    /** The gateway as the only server; its description names the environment, as OWASP asks. */
    static ArrayNode servers(String publicUrl) {
        String host = URI.create(publicUrl).getHost();
        boolean local = host == null || LOCAL_HOSTS.contains(host);
        ArrayNode servers = NODES.arrayNode();
        servers.addObject().put("url", publicUrl)
                .put("description", local ? "cajaga gateway, local run" : "cajaga gateway, production")
                .put("x-internal", false);
        return servers;
    }

    static void addTo(ObjectNode merged, String realmUrl) {
        ObjectNode components = (ObjectNode) merged.get("components");
        components.putObject("securitySchemes").set(SCHEME, oauth2(realmUrl));
        addHeaders((ObjectNode) components.get("headers"));
        if (!components.path("schemas").has("Problem")) {
            ((ObjectNode) components.get("schemas")).set("Problem", problemSchema());
        }
        ObjectNode shared = (ObjectNode) components.get("responses");
        shared.fields().forEachRemaining(response -> addAnswerHeaders(response.getKey(), response.getValue()));
        merged.path("paths").forEach(path -> path.fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                document(operation.getKey(), (ObjectNode) operation.getValue(), shared);
            }
        }));
    }

    private static void document(String method, ObjectNode operation, ObjectNode shared) {
        rolesIntoDescription(operation);
        if (WRITES.contains(method)) {
            operation.putArray("security").addObject().putArray(SCHEME);
        }
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        responses.fields().forEachRemaining(response -> addAnswerHeaders(response.getKey(), response.getValue()));
        GATEWAY_ANSWERS.forEach((status, answer) -> {
            if (!responses.has(status)) {
                responses.set(status, sharedResponse(shared, status, answer));
            }
        });
        if (operation.has("requestBody") && !responses.has("413")) {
            responses.set("413", sharedResponse(shared, "413", TOO_LARGE));
        }
    }

    /** A reference to the gateway's shared response for {@code status}, defined on first use. */
    private static ObjectNode sharedResponse(ObjectNode shared, String status, String[] answer) {
        if (!shared.has(answer[0])) {
            shared.set(answer[0], problemResponse(status, answer[1]));
        }
        return NODES.objectNode().put("$ref", RESPONSES + answer[0]);
    }

    /**
     * Realm roles in a security requirement would be OAuth2 scopes, which the realm does not have (Swagger UI
     * would ask for them); the requirement keeps the scheme alone and the description names the roles.
     */
    private static void rolesIntoDescription(ObjectNode operation) {
        JsonNode security = operation.path("security");
        StringBuilder roles = new StringBuilder();
        security.forEach(requirement -> {
            JsonNode scopes = requirement.path(SCHEME);
            scopes.forEach(role -> roles.append(roles.isEmpty() ? "" : ", ").append(role.asText()));
            if (scopes.isArray() && !scopes.isEmpty()) {
                ((ObjectNode) requirement).putArray(SCHEME);
            }
        });
        if (!roles.isEmpty()) {
            String description = operation.path("description").asText("");
            operation.put("description", (description.isEmpty() ? "" : description + "\n\n") + "Realm roles: " + roles + ".");
        }
    }

    /** The headers the gateway sends on every answer, and the challenge or wait time where they belong. */
    private static void addAnswerHeaders(String status, JsonNode response) {
        if (!(response instanceof ObjectNode object) || object.has("$ref")) {
            return;
        }
        ObjectNode headers = object.has("headers") ? (ObjectNode) object.get("headers") : object.putObject("headers");
        for (String header : ON_EVERY_ANSWER) {
            reference(headers, header);
        }
        if (status.equals("401")) {
            reference(headers, WWW_AUTHENTICATE);
        }
        if (status.equals("429") || status.equals("503")) {
            reference(headers, RETRY_AFTER);
        }
    }

    private static void reference(ObjectNode headers, String header) {
        if (!headers.has(header)) {
            headers.putObject(header).put("$ref", HEADERS + header);
        }
    }

    private static ObjectNode problemResponse(String status, String description) {
        ObjectNode response = NODES.objectNode().put("description", description);
        response.putObject("content").putObject(PROBLEM).putObject("schema").put("$ref", "#/components/schemas/Problem");
        addAnswerHeaders(status, response);
        return response;
    }

    private static void addHeaders(ObjectNode headers) {
        headers.set("RateLimit-Limit", integerHeader("Requests this caller may make in a burst; the budget refills at this many "
                + "per minute. The caller is the end user (token `sub`) of a public client such as `mobile-app` or `swagger-ui`, the OAuth client "
                + "(token `azp`) of a confidential one such as a portal or a government system, or the IP address of a "
                + "request without a token. Every gateway replica counts against the same budget.", 1, 1_000_000));
        headers.set("RateLimit-Remaining", integerHeader("Requests the caller could make at once, now", 0, 1_000_000));
        headers.set("RateLimit-Reset", integerHeader("Seconds until the caller's whole budget is available again",
                0, 86_400));
        headers.set("Access-Control-Allow-Origin", stringHeader("The calling page's origin, sent only to browsers of an "
                + "allowed origin (GATEWAY_CORS_ORIGINS); never `*`", 2048, "^https?://[^\\s/]+$"));
        headers.set(WWW_AUTHENTICATE, stringHeader("`Bearer realm=\"cajaga\"`, with `error=\"invalid_token\"` when a "
                + "token was sent (RFC 6750)", 200, "^Bearer( .*)?$"));
        if (!headers.has(RETRY_AFTER)) {
            headers.set(RETRY_AFTER, integerHeader("Seconds to wait before trying again", 0, 86_400));
        }
        if (!headers.has(REQUEST_ID)) {
            headers.set(REQUEST_ID, stringHeader("The request's correlation id: the caller's when it was safe, otherwise a "
                    + "new one", 128, "^[A-Za-z0-9._:-]{1,128}$"));
        }
    }

    private static ObjectNode integerHeader(String description, int minimum, int maximum) {
        ObjectNode header = NODES.objectNode().put("description", description);
        header.putObject("schema").put("type", "integer").put("format", "int32").put("minimum", minimum)
                .put("maximum", maximum);
        return header;
    }

    private static ObjectNode stringHeader(String description, int maxLength, String pattern) {
        ObjectNode header = NODES.objectNode().put("description", description);
        header.putObject("schema").put("type", "string").put("maxLength", maxLength).put("pattern", pattern);
        return header;
    }

    /** The problem shape every service documents; used when no service document could be read. */
    private static ObjectNode problemSchema() {
        ObjectNode schema = NODES.objectNode().put("type", "object")
                .put("description", "RFC 9457 problem details. `title` and `detail` follow `Accept-Language` (es, en).");
        schema.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri").put("maxLength", 200);
        properties.putObject("title").put("type", "string").put("maxLength", 200);
        properties.putObject("status").put("type", "integer").put("format", "int32").put("minimum", 400).put("maximum", 599);
        properties.putObject("detail").put("type", "string").put("maxLength", 4000);
        properties.putObject("instance").put("type", "string").put("format", "uri-reference").put("maxLength", 2048);
        properties.putObject("requestId").put("type", "string").put("maxLength", 128);
        properties.putObject("traceId").put("type", "string").put("maxLength", 32).put("pattern", "^[0-9a-f]{32}$");
        return schema;
    }

    private static ObjectNode oauth2(String realmUrl) {
        String token = realmUrl + "/protocol/openid-connect/token";
        ObjectNode scheme = NODES.objectNode().put("type", "oauth2")
                .put("description", "Access tokens from the Keycloak realm 'cajaga' (audience cajaga-api): short-lived "
                        + "JWTs signed by the realm's keys, verified as RFC8725 recommends (the algorithm is the realm "
                        + "key's, never `none`; issuer, audience and expiry checked). Portals and government systems use "
                        + "client credentials; apps and Swagger UI use authorization code with PKCE and refresh tokens.");
        ObjectNode flows = scheme.putObject("flows");
        flows.putObject("clientCredentials").put("tokenUrl", token).put("refreshUrl", token).putObject("scopes");
        flows.putObject("authorizationCode").put("authorizationUrl", realmUrl + "/protocol/openid-connect/auth")
                .put("tokenUrl", token).put("refreshUrl", token).putObject("scopes");
        return scheme;
    }
}
