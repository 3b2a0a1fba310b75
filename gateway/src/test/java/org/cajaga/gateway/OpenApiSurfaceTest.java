package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** One OpenAPI 3.0 surface: every service operation, as the gateway routes it, with what the gateway adds. */
@QuarkusTest
class OpenApiSurfaceTest {

    private static final Set<String> ROUTED = Set.of("/api/v1/taxonomy", "/api/v1/practices", "/api/v1/evaluations",
            "/api/v1/stats", "/api/v1/catalog", "/api/v1/subscriptions");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theMergedDocumentHasEveryServiceOperationAndOAuth2() throws Exception {
        String body = given().queryParam("format", "json").get("/openapi").then().statusCode(200)
                .contentType("application/json")
                .body("openapi", is("3.0.3"))
                .body("servers[0].url", is("http://localhost:8080"))
                .body("servers[0].description", containsString("local"))
                .body("servers[0].x-internal", is(false))
                .body("components.securitySchemes.keySet()", is(Set.of("keycloak")))
                .body("components.securitySchemes.keycloak.type", is("oauth2"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        containsString("/realms/cajaga/protocol/openid-connect/auth"))
                .body("components.securitySchemes.keycloak.flows.clientCredentials.tokenUrl",
                        containsString("/realms/cajaga/protocol/openid-connect/token"))
                .body("tags.name", hasItems("Principles", "Criteria sets", "Practices", "Government push", "Evaluations",
                        "Scores", "Statistics", "Subscriptions"))
                .body("'x-webhooks'.keySet()", hasItems("practice.published", "practice.withdrawn"))
                .body("'x-webhooks'.'practice.published'.post.requestBody.content.'application/cloudevents+json'.schema.$ref",
                        is("#/components/schemas/WebhookEvent"))
                .extract().asString();
        JsonNode merged = JSON.readTree(body);
        for (String service : List.of("taxonomy-service", "practices-service", "scoring-service",
                "notifications-service")) {
            JsonNode own = JSON.readTree(Files.readString(Path.of("..", service, "target", "openapi", "openapi.json")));
            own.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                    assertThat(merged.path("paths").path(path.getKey()).has(method))
                            .as("%s %s of %s", method, path.getKey(), service).isTrue()));
            for (String kind : List.of("schemas", "headers", "parameters", "responses")) {
                own.path("components").path(kind).fieldNames().forEachRemaining(name ->
                        assertThat(merged.path("components").path(kind).has(name)
                                || merged.path("components").path(kind).has(prefixOf(service) + name))
                                .as("components.%s.%s of %s", kind, name, service).isTrue());
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi-merged.json"), body);
    }

    @Test
    void theSuggestionsUnderTheTaxonomyPathKeepPracticesServicesOperation() {
        given().queryParam("format", "json").get("/openapi").then().statusCode(200)
                .body("paths.'/api/v1/taxonomy/municipalities/{cvegeo}/suggestions'.get.operationId",
                        is("listMunicipalitySuggestions"))
                .body("paths.'/api/v1/taxonomy/municipalities/{cvegeo}'.get.operationId", is("getMunicipality"))
                .body("paths.'/api/v1/practices/{id}/similar'.get.operationId", is("listSimilarPractices"))
                .body("paths.'/api/v1/practices/{id}/adaptations'.get.operationId", is("listPracticeAdaptations"));
    }

    @Test
    void theMergedDocumentIsValidOpenApi30() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(
                given().queryParam("format", "json").get("/openapi").asString(), null, null);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void theDocumentAsOpenApi31HasTheWebhooksSection() throws Exception {
        String body = given().queryParam("format", "json").queryParam("version", "3.1").get("/openapi").then()
                .statusCode(200).contentType("application/json").extract().asString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body, null, null);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getWebhooks()).containsKeys("practice.published", "practice.updated",
                "practice.classified", "practice.withdrawn", "practice.archived", "reflection.published", "subscription.ping");
        assertThat(parsed.getOpenAPI().getWebhooks().get("reflection.published").getPost().getRequestBody().getContent()
                .get("application/cloudevents+json").getSchema().get$ref()).isEqualTo("#/components/schemas/WebhookEvent");
        JsonNode document = JSON.readTree(body);
        assertThat(document.has("x-webhooks")).isFalse();
        assertThat(document.path("paths").size()).isEqualTo(document().path("paths").size());
        assertThat(body).doesNotContain("\"nullable\"");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi-merged-3.1.json"), body);

        given().queryParam("version", "2.0").get("/openapi").then().statusCode(400)
                .contentType("application/problem+json").body("type", containsString("invalid-parameter"));
    }

    @Test
    void everyOperationHasAnOperationIdUniqueInTheWholeApi() {
        Map<String, List<String>> byId = new HashMap<>();
        List<String> without = new ArrayList<>();
        eachOperation(document(), (where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isEmpty()) {
                without.add(where);
            } else {
                byId.computeIfAbsent(id, key -> new ArrayList<>()).add(where);
            }
        });
        assertThat(without).as("operations without operationId").isEmpty();
        assertThat(byId.entrySet().stream().filter(id -> id.getValue().size() > 1).map(Map.Entry::toString).toList())
                .as("operationIds used more than once").isEmpty();
    }

    @Test
    void everyOperationDocumentsWhatTheGatewayAnswersAndSends() {
        JsonNode merged = document();
        List<String> missing = new ArrayList<>();
        eachOperation(merged, (where, operation) -> {
            for (String status : List.of("400", "401", "414", "429", "431", "502", "503", "504")) {
                if (!operation.path("responses").has(status)) {
                    missing.add(where + " " + status);
                }
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                JsonNode headers = resolved(merged, response.getValue()).path("headers");
                for (String header : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-Request-Id")) {
                    if (!headers.has(header)) {
                        missing.add(where + " " + response.getKey() + " header " + header);
                    }
                }
                if (Set.of("429", "503").contains(response.getKey()) && !headers.has("Retry-After")) {
                    missing.add(where + " " + response.getKey() + " header Retry-After");
                }
            });
            if (Set.of("post", "put", "patch", "delete").contains(where.split(" ")[0])
                    && !operation.path("security").toString().equals("[{\"keycloak\":[]}]")) {
                missing.add(where + " security: the gateway refuses writes without a token");
            }
        });
        assertThat(missing).isEmpty();
        assertThat(merged.path("components").path("headers").path("RateLimit-Limit").path("schema").path("type").asText())
                .isEqualTo("integer");
    }

    @Test
    void everyDocumentedPathIsRoutedAndEveryLiveRouteIsDocumented() {
        JsonNode merged = document();
        List<String> unrouted = new ArrayList<>();
        merged.path("paths").fieldNames().forEachRemaining(path -> {
            if (ROUTED.stream().noneMatch(path::startsWith)) {
                unrouted.add(path);
            }
        });
        assertThat(unrouted).isEmpty();
        for (String prefix : ROUTED) {
            List<String> documented = new ArrayList<>();
            merged.path("paths").fieldNames().forEachRemaining(path -> {
                if (path.startsWith(prefix)) {
                    documented.add(path);
                }
            });
            assertThat(documented).as("paths under %s", prefix).isNotEmpty();
        }
    }

    @Test
    void yamlByDefaultAndSwaggerUiForPeople() {
        given().get("/openapi").then().statusCode(200).contentType(containsString("application/yaml"))
                .body(containsString("openapi: \"3.0.3\""));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static String prefixOf(String service) {
        String name = service.substring(0, service.indexOf('-'));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static JsonNode resolved(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static void eachOperation(JsonNode document, BiConsumer<String, JsonNode> action) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                action.accept(method.getKey() + " " + path.getKey(), method.getValue());
            }
        }));
    }

    private static JsonNode document() {
        try {
            return JSON.readTree(given().queryParam("format", "json").get("/openapi").asString());
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
