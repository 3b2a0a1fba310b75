package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of the published document work: request bodies an integrator copies are accepted, and every
 * example of a read's parameters names something the reference data holds.
 */
@QuarkusTest
class RequestExamplesTest {

    private JsonPath document;

    @BeforeEach
    void readDocument() {
        document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    private Map<String, Object> example(String schema) {
        Map<String, Object> example = document.getMap("components.schemas." + schema + ".example");
        assertThat(example).as("example of " + schema).isNotEmpty();
        return example;
    }

    private Object parameterExample(String path, String method, String parameter) {
        return document.getList("paths.'" + path + "'." + method + ".parameters", Map.class).stream()
                .filter(p -> parameter.equals(p.get("name"))).map(p -> p.get("example")).findFirst().orElseThrow();
    }

    @Test
    void aSectorIsAddedAndChangedWithTheExamples() {
        Response created = given().auth().oauth2(curator()).contentType(ContentType.JSON).body(example("NewTerm"))
                .post("/api/v1/taxonomy/sectors");
        created.then().statusCode(201).body("code", is(example("NewTerm").get("code")));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(example("TermChange")).put(created.header("Location")).then().statusCode(200).body("version", is(1));
    }

    private Map<String, Object> operationExample(String path, String method, String name) {
        Map<String, Object> example = document.getMap("paths.'" + path + "'." + method
                + ".requestBody.content.'application/json'.examples." + name + ".value");
        assertThat(example).as(name + " of " + method + " " + path).isNotEmpty();
        return example;
    }

    @Test
    void aLessonIsAddedAndChangedWithItsCriteriaWithTheExamples() {
        Map<String, Object> newLesson = operationExample("/api/v1/taxonomy/lessons", "post", "newLesson");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(newLesson).post("/api/v1/taxonomy/lessons")
                .then().statusCode(201).body("criteria", is(newLesson.get("criteria")));
        String path = "/api/v1/taxonomy/lessons/{code}";
        Object code = parameterExample(path, "put", "code");
        Map<String, Object> change = operationExample(path, "put", "lessonWithCriteria");
        String etag = given().get("/api/v1/taxonomy/lessons/" + code).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .put("/api/v1/taxonomy/lessons/" + code).then().statusCode(200)
                .body("criteria", is(change.get("criteria"))).body("name", is(((Map<?, ?>) change.get("name")).get("es")));
    }

    @Test
    void aCriteriaSetIsCreatedDraftedFilledAndPublishedWithTheExamples() {
        Response set = given().auth().oauth2(curator()).contentType(ContentType.JSON).body(example("NewCriteriaSet"))
                .post("/api/v1/taxonomy/criteria-sets");
        set.then().statusCode(201);
        Response draft = given().auth().oauth2(curator()).post(set.header("Location") + "/versions");
        draft.then().statusCode(201);
        Response filled = given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", draft.header("ETag"))
                .body(example("VersionContent")).put(draft.header("Location"));
        filled.then().statusCode(200);
        given().auth().oauth2(curator()).header("If-Match", filled.header("ETag")).post(draft.header("Location") + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED"));
    }

    @Test
    void aMunicipalityIsAddedAndAnotherRenamedWithTheExamples() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(example("NewMunicipality"))
                .post("/api/v1/taxonomy/municipalities").then().statusCode(201);
        Object cvegeo = parameterExample("/api/v1/taxonomy/municipalities/{cvegeo}", "put", "cvegeo");
        String etag = given().get("/api/v1/taxonomy/municipalities/" + cvegeo).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(example("MunicipalityRename")).put("/api/v1/taxonomy/municipalities/" + cvegeo).then()
                .statusCode(200).body("name", is(example("MunicipalityRename").get("name")));
    }

    @Test
    void theCodeSetExampleIsChecked() {
        given().contentType(ContentType.JSON).body(example("CodeSet")).post("/api/v1/taxonomy/validation").then()
                .statusCode(200).body("valid", is(false));
    }

    @Test
    void everyReadAnswersItsOwnParameterExamples() {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        int reads = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/") || !path.getValue().containsKey("get")) {
                continue;
            }
            String url = path.getKey();
            var request = given();
            for (Map<?, ?> parameter : document.getList("paths.'" + url + "'.get.parameters", Map.class)) {
                Object example = parameter.get("example");
                if ("path".equals(parameter.get("in"))) {
                    assertThat(example).as("example of " + parameter.get("name") + " in " + path.getKey()).isNotNull();
                    url = url.replace("{" + parameter.get("name") + "}", String.valueOf(example));
                } else if (example != null) {
                    request = request.queryParam((String) parameter.get("name"), example);
                }
            }
            request.get(url).then().statusCode(200);
            reads++;
        }
        assertThat(reads).isEqualTo(23);
    }

    @Test
    void theMunicipalityExamplesBelongToTheirStates() {
        String state = (String) parameterExample("/api/v1/taxonomy/municipalities", "get", "state");
        Object cvegeo = parameterExample("/api/v1/taxonomy/municipalities/{cvegeo}", "get", "cvegeo");
        given().get("/api/v1/taxonomy/municipalities/" + cvegeo).then().statusCode(200).body("stateCode", is(state));
        Map<String, Object> municipality = document.getMap("components.schemas.MxMunicipality.properties");
        List<Object> parts = List.of(((Map<?, ?>) municipality.get("cvegeo")).get("example"),
                ((Map<?, ?>) municipality.get("stateCode")).get("example"),
                ((Map<?, ?>) municipality.get("name")).get("example"));
        given().get("/api/v1/taxonomy/municipalities/" + parts.get(0)).then().statusCode(200)
                .body("stateCode", is(parts.get(1))).body("name", is(parts.get(2)));
    }
}
