package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exports of published practices (Tulum, 23009, only here), read back as a portal or a spreadsheet would. */
@QuarkusTest
class ExportTest {

    private static final String TULUM = "23009";

    @Test
    void csvExportParsesBackWithEveryField() throws Exception {
        String id = Api.published(with(practice("Ejemplo: Exportación, con \"comillas\"", TULUM),
                "tags", List.of("uno", "dos")));
        Api.create(SampleRecords.editor(), practice("Ejemplo: Borrador no exportado", TULUM));
        byte[] body = given().urlEncodingEnabled(false).queryParam("format", "csv").queryParam("bom", true)
                .queryParam("municipality", TULUM).get(PRACTICES + ":export").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text);
        List<Map<String, String>> all = rows.readAll();
        assertThat(all).hasSize(1);
        Map<String, String> row = all.get(0);
        assertThat(row).containsEntry("id", id)
                .containsEntry("title", "Ejemplo: Exportación, con \"comillas\"")
                .containsEntry("municipalities", TULUM)
                .containsEntry("principles", "TRANSPARENCY;PARTICIPATION")
                .containsEntry("sdgGoals", "5;16")
                .containsEntry("tags", "uno;dos")
                .containsEntry("status", "PUBLISHED")
                .containsEntry("classification", "PENDING");
        assertThat(new ObjectMapper().readTree(row.get("actors")).get(0).get("sector").asText()).isEqualTo("CIVIL_SOCIETY");
    }

    @Test
    void ndjsonExportHasOnePracticePerLine() throws Exception {
        String first = Api.published(practice("Ejemplo: NDJSON uno", "23005"));
        String second = Api.published(practice("Ejemplo: NDJSON dos", "23005"));
        String body = given().urlEncodingEnabled(false).queryParam("municipality", "23005").get(PRACTICES + ":export")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        String[] lines = body.strip().split("\n");
        ObjectMapper json = new ObjectMapper();
        assertThat(lines).hasSize(2);
        assertThat(json.readTree(lines[0]).get("id").asText()).isEqualTo(first);
        assertThat(json.readTree(lines[1]).get("id").asText()).isEqualTo(second);
        given().urlEncodingEnabled(false).queryParam("format", "xml").get(PRACTICES + ":export").then().statusCode(400);
        given().urlEncodingEnabled(false).queryParam("municipality", "23001").get(PRACTICES + ":export").then()
                .statusCode(200).body(org.hamcrest.Matchers.is(""));
    }
}
