package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.cajaga.testing.contract.DocumentExamples;
import org.junit.jupiter.api.Test;

/** Every example of this service's OpenAPI document is valid against the schema it illustrates. */
@QuarkusTest
class DocumentExamplesTest {

    @Test
    void everyExampleOfTheDocumentIsValid() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(DocumentExamples.invalidIn(document)).isEmpty();
    }
}
