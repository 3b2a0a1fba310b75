package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The publication workflow, who sees what, and conditional writes. */
@QuarkusTest
class PracticeLifecycleTest {

    @Test
    void aDraftIsPrivateUntilPublished() {
        Response created = Api.create(editor(), practice("Ejemplo: Cabildo abierto digital", "08037"));
        created.then().statusCode(201).body("status", is("DRAFT")).body("classification.value", is("PENDING"))
                .body("sdgGoals", contains(5, 16)).body("version", is(0)).body("ongoing", is(true))
                .body("createdBy", is("eva.editor"));
        String id = created.path("id");
        String etag = created.header("ETag");

        given().get(PRACTICES + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser("mobile.user")).get(PRACTICES + "/" + id).then().statusCode(404);
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id).then().statusCode(200).header("ETag", etag);

        String submitted = Api.move(id, "submit", etag);
        given().auth().oauth2(editor()).header("If-Match", submitted).post(PRACTICES + "/" + id + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED")).body("publishedAt", notNullValue());

        given().get(PRACTICES + "/" + id).then().statusCode(200).body("title", is("Ejemplo: Cabildo abierto digital"));
        given().queryParam("q", "cabildo ABIERTO digitál").get(PRACTICES).then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "SUBMITTED", "PUBLISHED"))
                .body("items[1].changes[0].field", is("status"))
                .body("items[1].changes[0].oldValue", is("DRAFT"))
                .body("items[1].changes[0].newValue", is("SUBMITTED"));
    }

    @Test
    void movesOnlyFromTheRightStatusAndPublishingIsForEditors() {
        Response created = Api.create(chihuahuaSystem(), practice("Ejemplo: Mesas vecinales", "08037"));
        String id = created.path("id");
        given().auth().oauth2(chihuahuaSystem()).header("If-Match", created.header("ETag"))
                .post(PRACTICES + "/" + id + "/publish").then().statusCode(403)
                .body("type", is("https://cajaga.mx/problems/not-allowed"));
        String submitted = given().auth().oauth2(chihuahuaSystem()).header("If-Match", created.header("ETag"))
                .post(PRACTICES + "/" + id + "/submit").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(editor()).header("If-Match", submitted).post(PRACTICES + "/" + id + "/archive").then()
                .statusCode(409).body("type", is("https://cajaga.mx/problems/invalid-state"));
        String back = Api.move(id, "request-changes", submitted);
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id).then().body("status", is("DRAFT"));
        given().auth().oauth2(editor()).header("If-Match", submitted).post(PRACTICES + "/" + id + "/submit").then()
                .statusCode(412);
        given().auth().oauth2(editor()).post(PRACTICES + "/" + id + "/submit").then().statusCode(428);
        Api.move(id, "submit", back);
    }

    @Test
    void onlyDraftsAreDeleted() {
        String published = Api.published(practice("Ejemplo: Archivo histórico abierto", "08037"));
        given().auth().oauth2(editor()).header("If-Match", Api.etag(published)).delete(PRACTICES + "/" + published)
                .then().statusCode(409);
        Response draft = Api.create(editor(), practice("Ejemplo: Borrador a borrar", "08037"));
        String id = draft.path("id");
        given().auth().oauth2(editor()).header("If-Match", "\"stale\"").delete(PRACTICES + "/" + id).then().statusCode(412);
        given().auth().oauth2(editor()).header("If-Match", draft.header("ETag")).delete(PRACTICES + "/" + id).then()
                .statusCode(204);
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id).then().statusCode(404);
    }

    @Test
    void editsNeedTheCurrentEtagAndArePatchable() {
        Response created = Api.create(editor(), practice("Ejemplo: Parlamento juvenil", "08037"));
        String id = created.path("id");
        String etag = created.header("ETag");
        given().auth().oauth2(editor()).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\": \"Ejemplo: Parlamento juvenil municipal\"}").patch(PRACTICES + "/" + id).then()
                .statusCode(428);
        String patched = given().auth().oauth2(editor()).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body("{\"title\": \"Ejemplo: Parlamento juvenil municipal\", \"contact\": null, \"tags\": [\"jóvenes\"]}")
                .patch(PRACTICES + "/" + id).then().log().ifValidationFails().statusCode(200)
                .body("title", is("Ejemplo: Parlamento juvenil municipal"))
                .body("contact", nullValue())
                .body("tags", contains("jóvenes"))
                .body("version", is(1))
                .body("summary", is("Resumen de Ejemplo: Parlamento juvenil"))
                .header("ETag", not(is(etag))).extract().header("ETag");
        given().auth().oauth2(editor()).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body("{\"title\": \"Perdido\"}").patch(PRACTICES + "/" + id).then().statusCode(412)
                .body("type", is("https://cajaga.mx/problems/precondition-failed"));
        given().auth().oauth2(editor()).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", patched)
                .body("{\"title\": null}").patch(PRACTICES + "/" + id).then().statusCode(422)
                .body("violations.field", hasItem("title"));
        given().auth().oauth2(editor()).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", patched)
                .body("{\"colour\": \"red\"}").patch(PRACTICES + "/" + id).then().statusCode(422)
                .body("detail", is("El campo 'colour' del parche no existe o tiene un tipo equivocado."));
        given().auth().oauth2(editor()).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", patched)
                .body("[1, 2]").patch(PRACTICES + "/" + id).then().statusCode(400);
        given().auth().oauth2(editor()).contentType(ContentType.JSON).header("If-Match", patched)
                .body("{\"title\": \"x\"}").patch(PRACTICES + "/" + id).then().statusCode(415);
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id + "/history").then()
                .body("items[1].action", is("UPDATED"))
                .body("items[1].changes.field", contains("title", "contact", "tags"));
        given().auth().oauth2(editor()).header("If-None-Match", patched).get(PRACTICES + "/" + id).then().statusCode(304);
    }

    @Test
    void historyIsForStaff() {
        Response created = Api.create(chihuahuaSystem(), practice("Ejemplo: Historia privada", "08037"));
        given().auth().oauth2(chihuahuaSystem()).get(PRACTICES + "/" + created.path("id") + "/history").then()
                .statusCode(403);
        given().get(PRACTICES + "/" + created.path("id") + "/history").then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("eve.evaluator", "evaluator"))
                .get(PRACTICES + "/" + created.path("id") + "/history").then().statusCode(200);
    }
}
