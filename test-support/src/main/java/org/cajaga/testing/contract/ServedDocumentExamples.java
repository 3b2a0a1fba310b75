package org.cajaga.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every example of the OpenAPI document the service under test serves is valid against the schema it
 * illustrates. A service runs it with an empty {@code @QuarkusTest} subclass.
 */
public abstract class ServedDocumentExamples {

    @Test
    void everyExampleOfTheDocumentIsValid() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(DocumentExamples.invalidIn(document)).isEmpty();
    }
}
