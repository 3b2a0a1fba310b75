package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.cajaga.testing.RawHttp;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The input rules every service shares (service-support): JSON is read as typed, never coerced; bad
 * bytes are refused before any resource runs; a client that accepts problem+json still gets its data.
 */
@QuarkusTest
class StrictInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SECTORS = "/api/v1/taxonomy/sectors";
    private static final String MUNICIPALITIES = "/api/v1/taxonomy/municipalities";

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    private static String sector(String code, String position) {
        return "{\"code\": " + code + ", \"name\": {\"es\": \"Vecinos\", \"en\": \"Neighbours\"},"
                + " \"description\": {\"es\": \"Juntas\", \"en\": \"Boards\"}, \"position\": " + position + "}";
    }

    @Test
    void scalarsAreNotCoerced() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(sector("123", "9"))
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://cajaga.mx/problems/malformed"))
                .body("violations[0].field", is("code")).body("violations[0].pointer", is("/code"))
                .body("detail", is("El campo 'code' debe ser texto."));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(sector("\"TYPED_ONE\"", "\"9\""))
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].pointer", is("/position"))
                .body("detail", is("The field 'position' must be an integer."));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(sector("\"TYPED_TWO\"", "9.5"))
                .post(SECTORS).then().statusCode(400).body("violations[0].pointer", is("/position"));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(sector("true", "9"))
                .post(SECTORS).then().statusCode(400).body("violations[0].pointer", is("/code"));
        given().get(SECTORS + "/TYPED_ONE").then().statusCode(404);
    }

    @Test
    void wrongShapesNameTheFieldWithoutTheParsersWords() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"code\": \"SHAPE\", \"name\": {\"es\": [\"a\"], \"en\": \"b\"},"
                        + " \"description\": {\"es\": \"a\", \"en\": \"b\"}, \"position\": 1}")
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].pointer", is("/name/es"))
                .body(not(containsString("Cannot deserialize")))
                .body(not(containsString("org.cajaga")));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body("[]")
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM)
                .body("detail", is("El cuerpo debe ser un objeto."));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(sector("\"COLOUR\"", "1 , \"colour\": 1"))
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("colour"))
                .body(not(containsString("ignorable")));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body("{\"code\": \"X\"")
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("El cuerpo no es JSON válido"))
                .body(not(containsString("Unexpected")));
    }

    @Test
    void nulCharactersAndBrokenEscapesAreBadRequests() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(sector("\"NUL\\u0000\"", "1"))
                .post(SECTORS).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].pointer", is("/code"))
                .body("detail", containsString("NUL"));
        given().urlEncodingEnabled(false).get(MUNICIPALITIES + "?q=Ju%00rez").then().statusCode(400).contentType(PROBLEM)
                .body("type", is("https://cajaga.mx/problems/bad-request"));
        RawHttp.Answer brokenPath = RawHttp.get(RestAssured.port, MUNICIPALITIES + "/08%zz7");
        assertThat(brokenPath.status()).isEqualTo(400);
        assertThat(brokenPath.headers()).containsIgnoringCase("content-type: application/problem+json");
        RawHttp.Answer broken = RawHttp.get(RestAssured.port, MUNICIPALITIES + "?q=Ju%zzrez");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.headers()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(broken.body()).contains("https://cajaga.mx/problems/bad-request");
        given().urlEncodingEnabled(false).get(MUNICIPALITIES + "/08%00037").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void malformedBearerTokensAreUnauthorizedProblemsWithTheChallenge() {
        for (String authorization : new String[] {"Bearer ..", "Bearer", "Bearer a.b", "Bearer \u00e9\u00e9", "Basic Zm9vOmJhcg=="}) {
            given().header("Authorization", authorization).contentType(ContentType.JSON).body(sector("\"NEVER\"", "1"))
                    .post(SECTORS).then().statusCode(401).contentType(PROBLEM)
                    .body("type", is("https://cajaga.mx/problems/unauthorized"))
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
        given().header("Authorization", "Bearer ..").contentType(ContentType.JSON).body(sector("\"NEVER\"", "1"))
                .post(SECTORS).then().statusCode(401).header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @Test
    void linksIgnoreTheHostAndForwardedHeadersOfTheRequest() {
        String link = given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").queryParam("limit", 1).get("/api/v1/taxonomy/principles")
                .then().statusCode(200).extract().header("Link");
        assertThat(link).startsWith("<http://localhost:" + RestAssured.port + "/api/v1/taxonomy/principles?").doesNotContain("evil");
    }

    @Test
    void aSingleRecordBodyOverOneMegabyteIsRefusedBeforeItIsRead() {
        String description = "x".repeat(1024 * 1024);
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"code\": \"HUGE\", \"name\": {\"es\": \"a\", \"en\": \"b\"}, \"description\": {\"es\": \""
                        + description + "\", \"en\": \"b\"}, \"position\": 1}")
                .post(SECTORS).then().statusCode(413).contentType(PROBLEM)
                .body("type", is("https://cajaga.mx/problems/too-large"));
    }

    @Test
    void aClientThatAcceptsProblemsStillGetsItsData() {
        given().accept(PROBLEM).get("/api/v1/taxonomy/principles").then().statusCode(200)
                .contentType(ContentType.JSON);
        given().accept("application/json, application/problem+json").get("/api/v1/taxonomy/principles/NOPE")
                .then().statusCode(404).contentType(PROBLEM);
    }
}
