package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One OpenAPI surface: every service operation, as the gateway routes it, with Keycloak OAuth2. */
@QuarkusTest
class OpenApiSurfaceTest {

    private static final Set<String> ROUTED = Set.of("/api/v1/taxonomy", "/api/v1/practices", "/api/v1/evaluations",
            "/api/v1/stats");

    @Test
    void theMergedDocumentHasEveryServiceOperationAndOAuth2() throws Exception {
        String body = given().queryParam("format", "json").get("/openapi").then().statusCode(200)
                .contentType("application/json")
                .body("openapi", is("3.1.0"))
                .body("servers[0].url", is("http://localhost:8080"))
                .body("components.securitySchemes.keycloak.type", is("oauth2"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        containsString("/realms/cajaga/protocol/openid-connect/auth"))
                .body("tags.name", hasItems("Principles", "Criteria sets", "Practices", "Government push", "Evaluations",
                        "Scores", "Statistics"))
                .extract().asString();
        JsonNode merged = new ObjectMapper().readTree(body);
        for (String service : List.of("taxonomy-service", "practices-service", "scoring-service")) {
            JsonNode own = new ObjectMapper().readTree(Files.readString(Path.of("..", service, "target", "openapi",
                    "openapi.json")));
            own.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                    assertThat(merged.path("paths").path(path.getKey()).has(method))
                            .as("%s %s of %s", method, path.getKey(), service).isTrue()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi-merged.json"), body);
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
                .body(containsString("openapi: \"3.1.0\""));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static JsonNode document() {
        try {
            return new ObjectMapper().readTree(given().queryParam("format", "json").get("/openapi").asString());
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
