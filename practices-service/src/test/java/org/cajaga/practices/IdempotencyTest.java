package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A government system or an app that retries after a timeout creates one practice and moves it once. */
@QuarkusTest
class IdempotencyTest {

    private static final String KEY = "Idempotency-Key";

    private static Response create(String key, Map<String, Object> record) {
        return given().auth().oauth2(editor()).header(KEY, key).contentType(ContentType.JSON).body(record).post(PRACTICES);
    }

    @Test
    void aRetriedCreateMakesOneRecordAndGetsTheFirstAnswer() {
        Map<String, Object> record = practice("Ejemplo: Presupuesto participativo reintentado", "08037");
        Response first = create("create-retried-1", record);
        first.then().statusCode(201);
        Response retry = create("create-retried-1", record);
        retry.then().statusCode(201).header("Idempotent-Replayed", is("true"))
                .header("Location", is(first.header("Location"))).header("ETag", is(first.header("ETag")));
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        given().auth().oauth2(editor()).queryParam("q", "presupuesto participativo reintentado").queryParam("status", "DRAFT")
                .get(PRACTICES).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aRetriedMoveIsDoneOnceAndAnsweredAsTheFirstTime() {
        Response created = create("create-for-submit", practice("Ejemplo: Envío reintentado", "08037"));
        String id = created.path("id");
        Response first = given().auth().oauth2(editor()).header(KEY, "submit-once").header("If-Match", created.header("ETag"))
                .post(PRACTICES + "/" + id + "/submit");
        first.then().statusCode(200).body("status", is("SUBMITTED"));
        given().auth().oauth2(editor()).header(KEY, "submit-once").header("If-Match", created.header("ETag"))
                .post(PRACTICES + "/" + id + "/submit").then().statusCode(200)
                .header("Idempotent-Replayed", is("true")).header("ETag", is(first.header("ETag")));
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "SUBMITTED"));
    }

    @Test
    void aRetriedBulkPushLargerThanWhatTheFilterKeepsInMemoryIsReplayed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> record = with(practice("Ejemplo: Registro " + i + " de un envío grande", "08037"),
                    "description", "Descripción larga de prueba. ".repeat(1_500));
            ndjson.append(json.writeValueAsString(Map.of("externalId", "SPOOL-" + i, "practice", record))).append('\n');
        }
        byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(1024 * 1024);
        Response first = bulk("bulk-spooled-1", body);
        first.then().statusCode(200).body("summary.created", is(30));
        Response retry = bulk("bulk-spooled-1", body);
        retry.then().statusCode(200).header("Idempotent-Replayed", is("true"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        byte[] other = ndjson.toString().replace("SPOOL-29", "SPOOL-30").getBytes(StandardCharsets.UTF_8);
        bulk("bulk-spooled-1", other).then().statusCode(422);
    }

    private static Response bulk(String key, byte[] body) {
        return given().auth().oauth2(chihuahuaSystem()).header(KEY, key).contentType("application/x-ndjson").body(body)
                .queryParam("source", "bulk-system").urlEncodingEnabled(false).post(PRACTICES + ":bulk");
    }
}
