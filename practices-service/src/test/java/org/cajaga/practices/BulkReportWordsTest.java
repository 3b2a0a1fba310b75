package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A bulk report says what is wrong with each record in the caller's language, never in the parser's words. */
@QuarkusTest
class BulkReportWordsTest {

    private static Response push(String contentType, String body, String language) {
        return given().auth().oauth2(chihuahuaSystem()).header("Accept-Language", language).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8)).queryParam("source", "words-system").urlEncodingEnabled(false)
                .post(PRACTICES + ":bulk");
    }

    @Test
    void unreadableLinesAndCellsAreReportedWithoutTheParsersText() {
        push("application/x-ndjson", "{not json at all\n", "es").then().statusCode(200)
                .body("records[0].status", is("rejected"))
                .body("records[0].problems[0].detail", is("La línea no es JSON válido (columna 2)."))
                .body(not(containsString("Unexpected character")));
        push("text/csv", "externalId,title,summary,description,stateCode,municipalities,cocreated,actors\n"
                + "W-1,Ejemplo: palabras,Resumen,Descripción,08,08037,false,no-es-json\n", "en")
                .then().statusCode(200)
                .body("records[0].problems[0].detail", containsString("column 'actors' must hold a JSON array"))
                .body(not(containsString("Unrecognized token")))
                .body(not(containsString("org.cajaga")));
    }
}
