package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Reflections of local actors: posted by signed-in people, read by all, moderated by editors. */
@QuarkusTest
class ReflectionTest {

    private static final String ANA = TestTokens.forUser("ana.academica");
    private static final String BETO = TestTokens.forUser("beto.vecino");

    @Test
    void postReadEditAndModerate() {
        String id = Api.published(practice("Ejemplo: Observatorio ciudadano", "08037"));
        String reflections = PRACTICES + "/" + id + "/reflections";
        given().contentType(ContentType.JSON).body(reflection("Me interesa", "ACADEMIA")).post(reflections).then()
                .statusCode(401);
        Response posted = given().auth().oauth2(ANA).contentType(ContentType.JSON)
                .body("{\"text\": \"Nos interesa cómo organizaron las asambleas.\", \"sector\": \"ACADEMIA\","
                        + " \"adaptation\": {\"municipality\": \"20067\", \"elements\": \"Asambleas por colonia\","
                        + " \"reason\": \"Hay organización vecinal\"}}")
                .post(reflections);
        posted.then().statusCode(201).body("author", is("ana.academica")).body("adaptation.municipality", is("20067"))
                .body("hidden", nullValue());
        String reflectionId = posted.path("id");
        given().get(reflections).then().statusCode(200).body("items.text",
                contains("Nos interesa cómo organizaron las asambleas."));

        given().auth().oauth2(BETO).contentType(ContentType.JSON).header("If-Match", posted.header("ETag"))
                .body(reflection("Cambio ajeno", "CITIZENS")).put(reflections + "/" + reflectionId).then().statusCode(403);
        String edited = given().auth().oauth2(ANA).contentType(ContentType.JSON).header("If-Match", posted.header("ETag"))
                .body(reflection("Corrijo mi reflexión", "ACADEMIA")).put(reflections + "/" + reflectionId).then()
                .statusCode(200).body("text", is("Corrijo mi reflexión")).extract().header("ETag");

        given().auth().oauth2(ANA).contentType(ContentType.JSON).header("If-Match", edited)
                .body("{\"hidden\": true, \"reason\": \"prueba\"}").put(reflections + "/" + reflectionId + "/moderation")
                .then().statusCode(403);
        given().auth().oauth2(editor()).contentType(ContentType.JSON).header("If-Match", edited)
                .body("{\"hidden\": true, \"reason\": \"Contiene datos personales\"}")
                .put(reflections + "/" + reflectionId + "/moderation").then().statusCode(200).body("hidden", is(true));
        given().get(reflections).then().body("items.size()", is(0));
        given().auth().oauth2(editor()).get(reflections).then().body("items[0].hidden", is(true))
                .body("items[0].hiddenReason", is("Contiene datos personales"));
    }

    @Test
    void reflectionsNeedAPublishedPracticeAndKnownCodes() {
        Response draft = Api.create(editor(), practice("Ejemplo: Aún en borrador", "08037"));
        given().auth().oauth2(ANA).contentType(ContentType.JSON).body(reflection("x", "ACADEMIA"))
                .post(PRACTICES + "/" + draft.path("id") + "/reflections").then().statusCode(404);
        given().auth().oauth2(editor()).contentType(ContentType.JSON).body(reflection("x", "ACADEMIA"))
                .post(PRACTICES + "/" + draft.path("id") + "/reflections").then().statusCode(409);
        String id = Api.published(practice("Ejemplo: Para reflexionar", "08037"));
        given().auth().oauth2(ANA).contentType(ContentType.JSON).body(reflection("x", "ASTRONAUTS"))
                .post(PRACTICES + "/" + id + "/reflections").then().statusCode(422)
                .body("violations[0].field", is("sector"));
        given().auth().oauth2(ANA).contentType(ContentType.JSON).body("{\"text\": \"\", \"sector\": \"ACADEMIA\"}")
                .post(PRACTICES + "/" + id + "/reflections").then().statusCode(422)
                .body("violations[0].field", is("text"));
    }

    private static String reflection(String text, String sector) {
        return "{\"text\": \"" + text + "\", \"sector\": \"" + sector + "\"}";
    }
}
