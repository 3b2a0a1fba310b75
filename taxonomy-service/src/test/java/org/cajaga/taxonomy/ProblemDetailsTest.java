package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.Stream;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every failure is an RFC 9457 problem, in the caller's language, with the request id. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SECTORS = "/api/v1/taxonomy/sectors";

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    @Test
    void invalidFieldsAreListedOneByOneWithTheirPath() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"code\": \"lower case\", \"name\": {\"es\": \"\", \"en\": \"Neighbours\"}, \"position\": 0}")
                .post(SECTORS).then().statusCode(422).contentType(PROBLEM)
                .body("title", is("Datos no válidos"))
                .body("violations.field", containsInAnyOrder("code", "name.es", "description", "position"))
                .body("violations.in", containsInAnyOrder("body", "body", "body", "body"))
                .body("violations.find { it.field == 'code' }.message",
                        is("debe estar en MAYÚSCULAS_CON_GUION_BAJO, con 40 caracteres como máximo"))
                .body("requestId", notNullValue());
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"code\": \"lower case\", \"name\": {\"es\": \"x\", \"en\": \"y\"},"
                        + " \"description\": {\"es\": \"x\", \"en\": \"y\"}, \"position\": 1}")
                .post(SECTORS).then().statusCode(422)
                .body("title", is("Invalid data"))
                .body("violations[0].message", is("must be UPPER_SNAKE_CASE, at most 40 characters"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body("{\"code\": ")
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM).body("status", is(400));
    }

    @Test
    void unknownJsonFieldsAreRefused() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"code\": \"X\", \"name\": {\"es\": \"a\", \"en\": \"b\"}, \"description\": {\"es\": \"a\", \"en\": \"b\"},"
                        + " \"position\": 3, \"colour\": \"red\"}")
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("colour"));
    }

    @Test
    void wrongTypesAreRefused() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"code\": \"X\", \"name\": {\"es\": \"a\", \"en\": \"b\"}, \"description\": {\"es\": \"a\", \"en\": \"b\"},"
                        + " \"position\": \"first\"}")
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownRouteWrongMethodUnsupportedAndUnacceptableMediaTypes() {
        given().get("/api/v1/taxonomy/nothing-here").then().statusCode(404).contentType(PROBLEM)
                .body("title", is("Recurso no encontrado"));
        given().delete("/api/v1/taxonomy/principles").then().statusCode(405).contentType(PROBLEM)
                .body("title", is("Método no permitido"));
        given().auth().oauth2(curator()).contentType(ContentType.XML).body("<sector/>")
                .post(SECTORS).then().statusCode(415).contentType(PROBLEM);
        given().accept(ContentType.XML).get("/api/v1/taxonomy/principles").then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void titlesFollowAcceptLanguage() {
        given().header("Accept-Language", "en").get("/api/v1/taxonomy/principles/NOPE").then().statusCode(404)
                .body("title", is("Resource not found"))
                .body("detail", is("There is no principle 'NOPE'."));
        given().get("/api/v1/taxonomy/principles/NOPE").then().statusCode(404)
                .body("title", is("Recurso no encontrado"))
                .body("detail", is("No existe el principio 'NOPE'."));
    }

    @Test
    void unexpectedFailuresLeakNothingAndCarryTheRequestId() {
        given().header("X-Request-Id", "trace-me-123").get("/test-only/failure").then().statusCode(500)
                .contentType(PROBLEM)
                .header("X-Request-Id", "trace-me-123")
                .body("requestId", is("trace-me-123"))
                .body(not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("org.cajaga")));
    }

    @Test
    void aRequestIdIsCreatedWhenNoneOrAnUnsafeOneIsGiven() {
        String created = given().get("/api/v1/taxonomy/principles").then().statusCode(200)
                .extract().header("X-Request-Id");
        org.assertj.core.api.Assertions.assertThat(created).matches("[0-9a-f-]{36}");
        given().header("X-Request-Id", "<script>").get("/api/v1/taxonomy/principles").then()
                .header("X-Request-Id", not(is("<script>")));
    }

    @Test
    void anonymousWritesAreUnauthorized() {
        given().contentType(ContentType.JSON).body("{}").post(SECTORS).then().statusCode(401).contentType(PROBLEM)
                .body("title", is("Autenticación requerida"));
    }

    @Test
    void aRoleTooWeakIsForbidden() {
        given().auth().oauth2(TestTokens.forUser("eva.editor", "editor")).contentType(ContentType.JSON)
                .body(validSector("FORBIDDEN_TRY")).post(SECTORS).then().statusCode(403).contentType(PROBLEM)
                .body("title", is("Acceso denegado"));
    }

    @Test
    void forgedExpiredAndForeignTokensAreUnauthorized() {
        List<String> tokens = Stream.concat(TestTokens.refused("carla.curator", "curator").stream(),
                Stream.of("not-a-jwt")).toList();
        for (String token : tokens) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(validSector("NEVER_STORED"))
                    .post(SECTORS).then().statusCode(401).contentType(PROBLEM);
        }
        given().get(SECTORS + "/NEVER_STORED").then().statusCode(404);
    }

    private static String validSector(String code) {
        return "{\"code\": \"" + code + "\", \"name\": {\"es\": \"Vecinos\", \"en\": \"Neighbours\"},"
                + " \"description\": {\"es\": \"Juntas vecinales\", \"en\": \"Neighbourhood boards\"}, \"position\": 9}";
    }
}
