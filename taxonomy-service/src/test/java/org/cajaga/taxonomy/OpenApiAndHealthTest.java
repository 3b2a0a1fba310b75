package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service describes itself (OpenAPI with problem responses) and reports its health with the database. */
@QuarkusTest
class OpenApiAndHealthTest {

    @Test
    void everyOperationDocumentsProblemsAndWritesDeclareTheirSecurity() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas", hasKey("Problem"))
                .body("paths.'/api/v1/taxonomy/municipalities'.get.parameters.name", hasItem("q"))
                .body("paths.'/api/v1/taxonomy/municipalities'.get.responses.default.content",
                        hasKey("application/problem+json"))
                .body("paths.'/api/v1/taxonomy/criteria-sets/{code}/versions/{number}'.put.responses.'409'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/api/v1/taxonomy/sectors'.post.security[0]", hasKey("keycloak"))
                .body("paths.'/api/v1/taxonomy/sectors'.post.security", hasSize(1))
                .body("paths.'/api/v1/taxonomy/sectors'.get.security[0]", anEmptyMap())
                .body("paths.'/api/v1/taxonomy/sectors'.get.security[1]", hasKey("keycloak"))
                .body("paths.'/api/v1/taxonomy/sectors'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/TermPage"))
                .body("paths.'/api/v1/taxonomy/validation'.post.requestBody", notNullValue())
                .body("paths.'/test-only/failure'", notNullValue());
    }

    @Test
    void everyOperationHasItsAgreedIdAndEveryChangeAnswering428RequiresIfMatch() {
        JsonPath document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            ids.add((String) operation.get("operationId"));
            if (((Map<?, ?>) operation.get("responses")).containsKey("428")) {
                assertThat(document.getList("paths.'" + path + "'." + method + ".parameters.findAll { it.name == 'If-Match' }.required"))
                        .as(method + " " + path).containsExactly(true);
            }
        }));
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().hasSize(37)
                .contains("listPrinciples", "createLesson", "getSector", "replacePrinciple", "replaceCriteriaSetVersion",
                        "listStateMunicipalities", "getSdgIndicator", "validateCodes");
        assertThat(document.getString("paths.'/api/v1/taxonomy/lessons/{code}'.get.parameters[0].example")).isEqualTo("COCREATION");
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}
