package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Lessons learned name the criteria they help meet; curators set them, and only known criteria are taken. */
@QuarkusTest
class LessonCriteriaTest {

    private static final String LESSONS = "/api/v1/taxonomy/lessons";

    @Inject
    DataSource database;

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    @Test
    void theSeededLessonsNameTheProjectsReadingOfTheToolbox() {
        given().get(LESSONS).then().statusCode(200)
                .body("items.find { it.code == 'INTEGRAL' }.criteria", contains("INTEGRALITY"))
                .body("items.find { it.code == 'COCREATION' }.criteria", contains("RECOGNITION", "PARTICIPATION"))
                .body("items.find { it.code == 'SINGLE_PLATFORM' }.criteria", contains("TRANSPARENCY", "INNOVATION"))
                .body("items.find { it.code == 'STRATEGIC_ALLIANCES' }.criteria",
                        contains("SUSTAINABILITY", "REPLICABILITY", "EVIDENCE"))
                .body("items.find { it.code == 'AGENDA2030' }.criteria", contains("AGENDA2030"));
        given().header("Accept-Language", "en").get(LESSONS + "/INFORMATION_EMPOWERS").then().statusCode(200)
                .body("criteria", contains("TRANSPARENCY", "ACCOUNTABILITY"));
        given().get(LESSONS + "/INTEGRAL").then().statusCode(200).body("version", is(1));
    }

    @Test
    void theDatabaseKeepsCriteriaForLessonsOnly() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate(
                    "UPDATE vocabulary_term SET related_criteria = '{EVIDENCE}' WHERE kind = 'SECTOR' AND code = 'ACADEMIA'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("vocabulary_term_criteria_of_lessons_only");
        }
    }

    @Test
    void principlesAndSectorsHaveNoCriteriaField() {
        given().get("/api/v1/taxonomy/principles/TRANSPARENCY").then().statusCode(200).body("$", not(hasKey("criteria")));
        given().get("/api/v1/taxonomy/sectors").then().statusCode(200).body("items[0]", not(hasKey("criteria")));
    }

    @Test
    void aCuratorSetsTheCriteriaOfALessonAndAChangeWithoutThemKeepsThem() {
        Response created = given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(newLesson("LINKED_LESSON", ", \"criteria\": [\"RESULTS\", \"EVIDENCE\", \"RESULTS\"]")).post(LESSONS);
        created.then().statusCode(201).body("criteria", contains("RESULTS", "EVIDENCE"));
        String tag = given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(change(", \"criteria\": [\"AGENDA2030\"]")).put(created.header("Location")).then().statusCode(200)
                .body("criteria", contains("AGENDA2030")).body("version", is(1)).extract().header("ETag");
        String emptied = given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", tag)
                .body(change("")).put(created.header("Location")).then().statusCode(200)
                .body("criteria", contains("AGENDA2030")).extract().header("ETag");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", emptied)
                .body(change(", \"criteria\": []")).put(created.header("Location")).then().statusCode(200)
                .body("criteria", empty());
        given().get(created.header("Location")).then().statusCode(200).body("criteria", empty());
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(newLesson("UNLINKED_LESSON", "")).post(LESSONS).then().statusCode(201).body("criteria", empty());
    }

    @Test
    void unknownCriteriaAreA422NamingTheFieldAndNothingChanges() {
        String tag = given().get(LESSONS + "/DIRECT_INTERACTION").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", tag).header("Accept-Language", "en")
                .body(change(", \"criteria\": [\"PARTICIPATION\", \"NO_SUCH_CRITERION\"]"))
                .put(LESSONS + "/DIRECT_INTERACTION").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://cajaga.mx/problems/invalid-data"))
                .body("detail", is("No criteria-set version has the criteria NO_SUCH_CRITERION."))
                .body("violations[0].field", is("criteria"));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", tag)
                .body(change(", \"criteria\": [\"participation\"]")).put(LESSONS + "/DIRECT_INTERACTION").then()
                .statusCode(422);
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(newLesson("BADLY_LINKED", ", \"criteria\": [\"NOPE\"]")).post(LESSONS).then().statusCode(422)
                .body("violations[0].field", is("criteria"));
        given().get(LESSONS + "/BADLY_LINKED").then().statusCode(404);
        given().get(LESSONS + "/DIRECT_INTERACTION").then().statusCode(200).header("ETag", is(tag))
                .body("criteria", contains("PARTICIPATION"));
    }

    @Test
    void onlyLessonsTakeCriteria() {
        String tag = given().get("/api/v1/taxonomy/sectors/ACADEMIA").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", tag)
                .body(change(", \"criteria\": [\"EVIDENCE\"]")).put("/api/v1/taxonomy/sectors/ACADEMIA").then()
                .statusCode(422).body("violations[0].field", is("criteria"))
                .body("detail", is("Solo las lecciones aprendidas se relacionan con criterios."));
    }

    private static String newLesson(String code, String criteria) {
        return "{\"code\": \"" + code + "\", \"name\": {\"es\": \"Lección " + code + "\", \"en\": \"Lesson " + code + "\"},"
                + " \"description\": {\"es\": \"Descripción\", \"en\": \"Description\"}, \"position\": 20" + criteria + "}";
    }

    private static String change(String criteria) {
        return "{\"name\": {\"es\": \"Interacción directa\", \"en\": \"Direct interaction\"},"
                + " \"description\": {\"es\": \"Descripción\", \"en\": \"Description\"}, \"position\": 6" + criteria + "}";
    }
}
