package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VocabularyTest {

    @Test
    void fourPrinciples() {
        given().get("/api/v1/taxonomy/principles").then().log().all().statusCode(200).body("items", hasSize(4))
                .body("items[0].code", is("TRANSPARENCY"));
    }
}
