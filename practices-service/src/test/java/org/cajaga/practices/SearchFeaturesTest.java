package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cajaga.practices.labels.TaxonomyLabels;
import org.cajaga.practices.search.PublishedTitles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Typo tolerance, highlights, type-ahead and labels refreshed from taxonomy-service, over practices of
 * Nayarit (state 18), used only here.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFeaturesTest {

    private static final String TEPIC = "18017";
    private static final String HUAJICORI = "18005";
    private static final String SUGGEST = PRACTICES + ":suggest";

    @Inject
    TaxonomyLabels labels;

    @Inject
    PublishedTitles titles;

    @Inject
    AgroalDataSource database;

    private String gardens;
    private String markup;

    @BeforeEach
    void publishOnce() {
        if (gardens != null) {
            return;
        }
        labels.refresh();
        gardens = Api.published(with(with(practice("Ejemplo: Huertos escolares en Tepic", TEPIC),
                "summary", "Bibliotecas móviles y huertos en las escuelas."), "principles", List.of("PARTICIPATION")));
        markup = Api.published(with(with(practice("Ejemplo: <b>Participación</b> & \"datos\" en Tepic", TEPIC),
                "summary", "La participación de <script>alert(1)</script> vecinas y vecinos."),
                "principles", List.of("TRANSPARENCY")));
    }

    @Test
    void typosFindNearMatchesAndSayWhatTheyMeant() {
        given().queryParam("q", "huertoz escolares").queryParam("state", "18").get(PRACTICES).then().statusCode(200)
                .body("matchedBy", is("fuzzy")).body("items[0].id", is(gardens))
                .body("didYouMean", is("huertos escolares"));
        given().queryParam("q", "huertos escolares").queryParam("state", "18").get(PRACTICES).then().statusCode(200)
                .body("matchedBy", is("fulltext")).body("items.id", hasItem(gardens)).body("didYouMean", nullValue());
        given().queryParam("q", "xqzvw").queryParam("state", "18").get(PRACTICES).then().statusCode(200)
                .body("matchedBy", is("fuzzy")).body("items.size()", is(0)).body("didYouMean", nullValue());
    }

    @Test
    void highlightsEscapeTheTextAndMarkOnlyMatchingWords() {
        Map<String, String> highlight = given().queryParam("q", "participacion").queryParam("state", "18")
                .queryParam("highlight", true).get(PRACTICES).then().statusCode(200)
                .extract().path("highlights.'" + markup + "'");
        assertThat(highlight.get("title"))
                .isEqualTo("Ejemplo: &lt;b&gt;<mark>Participación</mark>&lt;/b&gt; &amp; &quot;datos&quot; en Tepic");
        assertThat(highlight.get("text")).contains("La <mark>participación</mark> de &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>");
        given().queryParam("q", "participacion").queryParam("state", "18").get(PRACTICES).then()
                .body("highlights", nullValue());
    }

    @Test
    void typeAheadSuggestsTitlesPlacesAndPrinciplesWithoutAccents() {
        suggest("q=huer").statusCode(200).header("Cache-Control", containsString("max-age"))
                .body("items.findAll { it.kind == 'title' }.id", hasItem(gardens));
        suggest("q=PARTICIPACION&limit=20").statusCode(200)
                .body("items.findAll { it.kind == 'title' }.id", hasItem(markup));
        suggest("q=tepic").statusCode(200)
                .body("items.findAll { it.kind == 'municipality' }.code", hasItem(TEPIC))
                .body("items.findAll { it.kind == 'municipality' }.text", hasItem("Tepic, Nayarit"));
        suggest("q=nayar").statusCode(200).body("items.findAll { it.kind == 'state' }.code", hasItem("18"));
        suggest("q=participacion%20ciu").statusCode(200)
                .body("items.findAll { it.kind == 'principle' }.code", hasItem("PARTICIPATION"));
        suggest("q=igualdad%20de%20gen").statusCode(200)
                .body("items.findAll { it.kind == 'sdgGoal' }.code", hasItem("5"));
        suggest("limit=8").statusCode(400);
        suggest("q=%20").statusCode(400);
        suggest("q=" + "a".repeat(101)).statusCode(400);
        suggest("q=" + "a".repeat(100)).statusCode(200);
        suggest("q=huer&limit=0").statusCode(400);
        suggest("q=huer&limit=21").statusCode(400);
        suggest("q=huer&limit=1").statusCode(200).body("items.size()", is(1));
    }

    @Test
    void typeAheadPutsTitleStartsFirstThenWordStartsThenTextInsideWords() {
        String start = Api.published(practice("Zorzales del parque de Tepic", TEPIC));
        String word = Api.published(practice("Ejemplo: censo de zorzales en Tepic", TEPIC));
        String inside = Api.published(practice("Ejemplo: el pezorzal de Tepic", TEPIC));
        String twoWords = Api.published(practice("Ejemplo: ¿Cómo contar zorzales nayaritas?", TEPIC));
        suggest("q=zorz&limit=20").statusCode(200)
                .body("items.findAll { it.kind == 'title' }.id", is(List.of(start, word, twoWords, inside)));
        // too short for text inside words; word starts need no trigram
        suggest("q=zo&limit=20").statusCode(200).body("items.id", hasItem(word)).body("items.id", not(hasItem(inside)));
        suggest("q=zorzales%20NAYAR").statusCode(200).body("items.id", is(List.of(twoWords)));
        suggest("q=como%20con").statusCode(200).body("items.id", hasItem(twoWords));

        Api.move(word, "archive", Api.etag(word));
        suggest("q=zorz&limit=20").statusCode(200)
                .body("items.findAll { it.kind == 'title' }.id", is(List.of(start, twoWords, inside)));
    }

    @Test
    void typeAheadForgetsATitleWithdrawnAndDeletedBetweenTwoReads() {
        String gone = Api.published(practice("Ejemplo: Tequio de los xochimilcas", TEPIC));
        suggest("q=xochim").statusCode(200).body("items.id", hasItem(gone));
        // only the tombstones say so: the row itself is gone before type-ahead reads again
        Api.move(gone, "withdraw", Api.etag(gone));
        given().auth().oauth2(SampleRecords.editor()).header("If-Match", Api.etag(gone)).delete(PRACTICES + "/" + gone)
                .then().statusCode(204);
        suggest("q=xochim").statusCode(200).body("items.id", not(hasItem(gone)));
    }

    @Test
    void typeAheadSeesWhatATransactionRunningWhileItReadCommitsLater() throws SQLException {
        String slow = Api.published(practice("Ejemplo: Ferias del maíz en Tepic", TEPIC));
        String quick = Api.published(practice("Ejemplo: Ferias del frijol en Tepic", TEPIC));
        suggest("q=ferias").statusCode(200).body("items.id", hasItem(slow));
        try (Connection first = database.getConnection(); Connection second = database.getConnection()) {
            first.setAutoCommit(false);
            rename(first, slow, "Ejemplo: Tianguis del maíz en Tepic");
            titles.refresh();
            // committed after the first began, while it still runs: not held back by it
            rename(second, quick, "Ejemplo: Tianguis del frijol en Tepic");
            suggest("q=tianguis").statusCode(200).body("items.id", is(List.of(quick)));
            first.commit();
        }
        suggest("q=tianguis").statusCode(200).body("items.id", is(List.of(quick, slow)));
        suggest("q=ferias").statusCode(200).body("items.id", not(hasItem(slow)));
    }

    private static void rename(Connection connection, String id, String title) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update practice set title = ? where id = ?")) {
            update.setString(1, title);
            update.setObject(2, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void typeAheadCatchesUpWithCommitsOnItsOwn() {
        suggest("q=huer").statusCode(200);
        String later = Api.published(practice("Ejemplo: Huertas comunitarias de Tepic", TEPIC));
        // no refresh asked for: the scheduled one (every second) reads what was committed
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().urlEncodingEnabled(false)
                .get(SUGGEST + "?q=huertas%20com").then().statusCode(200).body("items.id", hasItem(later)));
    }

    @Test
    void typeAheadSuggestsAPlaceAsSoonAsAPracticeThereIsPublished() {
        suggest("q=huajic").statusCode(200).body("items.findAll { it.kind == 'municipality' }.code", not(hasItem(HUAJICORI)));
        Api.published(practice("Ejemplo: Cabildo abierto en Huajicori", HUAJICORI));
        suggest("q=huajic").statusCode(200)
                .body("items.findAll { it.kind == 'municipality' }.code", hasItem(HUAJICORI))
                .body("items.findAll { it.kind == 'municipality' }.text", hasItem("Huajicori, Nayarit"));
    }

    /**
     * Type-ahead once it has read what was committed before (as it does every second on its own). The custom method's
     * {@code :} must stay literal, so the query string is sent as given (already encoded).
     */
    private ValidatableResponse suggest(String query) {
        titles.refresh();
        return given().urlEncodingEnabled(false).get(SUGGEST + "?" + query).then();
    }

    @Test
    void renamedLabelsReachTheSearchDocuments() {
        // type-ahead has read the labels before the rename
        suggest("q=participacion%20ciu").statusCode(200)
                .body("items.findAll { it.kind == 'principle' }.code", hasItem("PARTICIPATION"));
        String rename = TaxonomyControl.rename("PARTICIPATION", "Colaboración nayarita");
        try {
            assertThat(labels.refresh()).isPositive();
            given().queryParam("q", "colaboracion nayarita").queryParam("state", "18").get(PRACTICES).then()
                    .statusCode(200).body("matchedBy", is("fulltext")).body("items.id", hasItem(gardens))
                    .body("items.id", not(hasItem(markup)));
            suggest("q=colaboracion%20naya").statusCode(200)
                    .body("items.findAll { it.kind == 'principle' }.text", is(List.of("Colaboración nayarita")));
        } finally {
            TaxonomyControl.removeRename(rename);
        }
        assertThat(labels.refresh()).isPositive();
        suggest("q=colaboracion%20naya").statusCode(200).body("items.findAll { it.kind == 'principle' }", is(List.of()));
        given().queryParam("q", "colaboracion nayarita").queryParam("state", "18").get(PRACTICES).then()
                .body("matchedBy", is("fuzzy")).body("items.id", not(hasItem(gardens)));
    }

    @Test
    void whileTaxonomyIsDownTheLabelsStay() {
        TaxonomyControl.goDown();
        try {
            assertThatThrownBy(labels::refresh).isInstanceOf(RuntimeException.class);
            given().queryParam("q", "transparencia").queryParam("state", "18").get(PRACTICES).then()
                    .body("items.id", hasItem(markup));
        } finally {
            TaxonomyControl.goUp();
        }
    }
}
