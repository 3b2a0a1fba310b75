package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cajaga.practices.labels.TaxonomyLabels;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The request examples of the served OpenAPI document work when sent as they are. */
@QuarkusTest
class RequestExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TaxonomyLabels labels;

    @Test
    void theDocumentedPracticeCreatesReplacesAndPatches() throws Exception {
        JsonNode schemas = document().get("components").get("schemas");
        String practice = JSON.writeValueAsString(schemas.get("PracticeInput").get("example"));
        Response created = given().auth().oauth2(editor()).contentType(ContentType.JSON).body(practice).post(PRACTICES);
        created.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith("/api/v1/practices/" + created.path("id")))
                .header("ETag", notNullValue())
                .body("location.municipalities", contains("08019"));
        String id = created.path("id");

        String replaced = given().auth().oauth2(editor()).header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON).body(practice).put(PRACTICES + "/" + id).then().statusCode(200)
                .extract().header("ETag");
        String patch = JSON.writeValueAsString(schemas.get("PracticePatch").get("example"));
        given().auth().oauth2(editor()).header("If-Match", replaced).contentType("application/merge-patch+json")
                .body(patch).patch(PRACTICES + "/" + id).then().statusCode(200)
                .body("title", is(schemas.get("PracticePatch").get("example").get("title").asText()))
                .body("version", is(1));
    }

    @Test
    void theDocumentedBulkLineIsPushed() throws Exception {
        JsonNode line = document().get("components").get("schemas").get("BulkLine").get("example");
        String system = TestTokens.forUser("service-account-chihuahua-capital",
                Map.of("municipalities", List.of("08019"), "sources", List.of("ejemplo-documentado")), "integrator");
        given().auth().oauth2(system).contentType("application/x-ndjson")
                .body((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "ejemplo-documentado").urlEncodingEnabled(false).post(PRACTICES + ":bulk").then()
                .statusCode(200).body("summary.created", is(1)).body("records[0].externalId", is(line.get("externalId").asText()));
    }

    @Test
    void theDocumentedReflectionIsPosted() throws Exception {
        JsonNode schemas = document().get("components").get("schemas");
        String id = Api.published(JSON.convertValue(schemas.get("PracticeInput").get("example"), Map.class));
        Map<String, Object> reflection = Map.of(
                "text", schemas.get("ReflectionInput").get("properties").get("text").get("example").asText(),
                "sector", schemas.get("ReflectionInput").get("properties").get("sector").get("example").asText());
        given().auth().oauth2(TestTokens.forUser("ana.academica")).contentType(ContentType.JSON).body(reflection)
                .post(PRACTICES + "/" + id + "/reflections").then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", notNullValue());
    }

    @Test
    void theDocumentedAdaptationReadsAnswer() throws Exception {
        labels.refresh();
        JsonNode document = document();
        JsonNode schemas = document.get("components").get("schemas");
        String id = Api.published(JSON.convertValue(schemas.get("PracticeInput").get("example"), Map.class));
        given().get(PRACTICES + "/" + id + "/similar").then().statusCode(200);
        given().get(PRACTICES + "/" + id + "/adaptations").then().statusCode(200);
        JsonNode suggestions = document.get("paths").get("/api/v1/taxonomy/municipalities/{cvegeo}/suggestions").get("get");
        Map<String, String> examples = new HashMap<>();
        suggestions.get("parameters").forEach(parameter -> {
            if (parameter.has("example")) {
                examples.put(parameter.get("name").asText(), parameter.get("example").asText());
            }
        });
        given().queryParam("problem", examples.get("problem"))
                .get("/api/v1/taxonomy/municipalities/" + examples.get("cvegeo") + "/suggestions").then().statusCode(200)
                .body("municipality.cvegeo", is(examples.get("cvegeo")));
    }

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
    }
}
