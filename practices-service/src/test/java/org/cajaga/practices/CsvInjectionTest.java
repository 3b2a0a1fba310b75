package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cells that spreadsheets would run as formulas (OWASP CSV injection): CSV exports prefix them with {@code '},
 * everything else keeps the text as it was given. Solidaridad (23008) is used only here.
 */
@QuarkusTest
class CsvInjectionTest {

    private static final String SOLIDARIDAD = "23008";
    private static final String TITLE = "=HYPERLINK(\"http://x\")";
    private static final String SUMMARY = "+cmd|' /C calc'!A0";
    private static final String TAG = "@SUM(1+1)";
    private static final String PROBLEM = "-2+3";

    @Test
    void theCsvExportPrefixesFormulaCellsAndJsonKeepsThem() throws Exception {
        Map<String, Object> record = with(with(with(with(practice("placeholder", SOLIDARIDAD),
                "title", TITLE), "summary", SUMMARY), "tags", List.of(TAG)), "problem", PROBLEM);
        String id = Api.published(record);

        String csv = given().urlEncodingEnabled(false).queryParam("format", "csv").queryParam("municipality", SOLIDARIDAD)
                .get(PRACTICES + ":export").then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(csv).readAll();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("id", id)
                .containsEntry("title", "'" + TITLE)
                .containsEntry("summary", "'" + SUMMARY)
                .containsEntry("tags", "'" + TAG)
                .containsEntry("problem", "'" + PROBLEM)
                .containsEntry("description", (String) record.get("description"))
                .containsEntry("municipalities", SOLIDARIDAD);

        String ndjson = given().urlEncodingEnabled(false).queryParam("municipality", SOLIDARIDAD)
                .get(PRACTICES + ":export").then().statusCode(200).extract().asString();
        JsonNode exported = new ObjectMapper().readTree(ndjson.strip());
        assertThat(exported.get("title").asText()).isEqualTo(TITLE);
        assertThat(exported.get("summary").asText()).isEqualTo(SUMMARY);
        assertThat(exported.get("tags").get(0).asText()).isEqualTo(TAG);
        assertThat(exported.get("problem").asText()).isEqualTo(PROBLEM);

        given().get(PRACTICES + "/" + id).then().statusCode(200)
                .body("title", is(TITLE)).body("summary", is(SUMMARY)).body("tags", contains(TAG))
                .body("problem", is(PROBLEM));
    }

    @Test
    void aCsvImportStoresFormulaCellsUnchanged() {
        String csv = "externalId,title,summary,description,problem,stateCode,municipalities,cocreated,tags\n"
                + "INJ-1,\"=HYPERLINK(\"\"http://x\"\")\",+cmd|' /C calc'!A0,Descripción,-2+3,08,08037,true,@SUM(1+1)\n";
        String id = given().auth().oauth2(chihuahuaSystem()).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("source", "csv-system")
                .urlEncodingEnabled(false).post(PRACTICES + ":bulk").then().statusCode(200)
                .body("records.status", contains("created")).extract().path("records[0].id");
        given().auth().oauth2(editor()).get(PRACTICES + "/" + id).then().statusCode(200)
                .body("title", is(TITLE)).body("summary", is(SUMMARY)).body("tags", contains(TAG))
                .body("problem", is(PROBLEM));
    }
}
