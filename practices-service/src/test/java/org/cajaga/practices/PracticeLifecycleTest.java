package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PracticeLifecycleTest {

    private static final String PRACTICES = "/api/v1/practices";

    @Test
    void aDraftIsPrivateUntilPublished() {
        Response created = given().auth().oauth2(editor()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Cabildo abierto digital", "08037")).post(PRACTICES);
        created.then().statusCode(201).body("status", is("DRAFT")).body("classification.value", is("PENDING"))
                .body("sdgGoals", contains(5, 16)).body("version", is(0)).body("ongoing", is(true));
        String id = created.path("id");
        String etag = created.header("ETag");

        given().get(PRACTICES + "/" + id).then().statusCode(404);
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id).then().statusCode(200).header("ETag", etag);

        String submitted = given().auth().oauth2(editor()).header("If-Match", etag).post(PRACTICES + "/" + id + "/submit")
                .then().statusCode(200).body("status", is("SUBMITTED")).extract().header("ETag");
        given().auth().oauth2(editor()).header("If-Match", submitted).post(PRACTICES + "/" + id + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED")).body("publishedAt", notNullValue());

        given().get(PRACTICES + "/" + id).then().statusCode(200).body("title", is("Ejemplo: Cabildo abierto digital"));
        given().queryParam("q", "cabildo ABIERTO digitál").get(PRACTICES).then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "SUBMITTED", "PUBLISHED"));
    }
}
