package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Forged or foreign tokens never write; the service documents itself and reports its health. */
@QuarkusTest
class TokenAndContractTest {

    @Test
    void forgedExpiredAndForeignTokensAreUnauthorized() {
        for (String token : TestTokens.refused("eva.editor", "editor")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(practice("Ejemplo: Falsificado", "08037"))
                    .post(PRACTICES).then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.forUser("mobile.user")).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Sin rol", "08037")).post(PRACTICES).then().statusCode(403);
    }

    @Test
    void openApiDocumentsEveryOperationAndHealthIncludesTheDatabase() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/practices:bulk"))
                .body("paths", hasKey("/api/v1/practices:export"))
                .body("paths.'/api/v1/practices'.get.parameters.name", org.hamcrest.Matchers.hasItem("q"))
                .body("paths.'/api/v1/practices/by-source/{source}/{externalId}'.put.security", notNullValue())
                .body("paths.'/api/v1/practices/{id}'.patch.requestBody.content", hasKey("application/merge-patch+json"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }
}
