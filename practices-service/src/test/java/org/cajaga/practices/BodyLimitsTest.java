package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One record's body is at most 1 MB; the bulk operation takes many records, up to its own limit. */
@QuarkusTest
class BodyLimitsTest {

    private static final String LARGE = "x".repeat(1024 * 1024 + 1);

    @Test
    void aSingleRecordOverOneMegabyteIsRefusedBeforeItIsRead() {
        given().auth().oauth2(editor()).contentType(ContentType.JSON)
                .body(with(practice("Ejemplo: Registro enorme", "08037"), "description", LARGE))
                .post(PRACTICES).then().statusCode(413).contentType("application/problem+json")
                .body("type", is("https://cajaga.mx/problems/too-large"));
    }

    @Test
    void aBulkPushOverOneMegabyteIsReadAndReportedRecordByRecord() {
        String line = "{\"externalId\": \"BIG-1\", \"practice\": {\"title\": \"Ejemplo: enorme\", \"description\": \"" + LARGE + "\"}}\n";
        given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson")
                .body(line.getBytes(StandardCharsets.UTF_8)).queryParam("source", "limits-system").urlEncodingEnabled(false)
                .post(PRACTICES + ":bulk").then().statusCode(200)
                .body("summary.received", is(1)).body("records[0].status", is("rejected"));
    }
}
