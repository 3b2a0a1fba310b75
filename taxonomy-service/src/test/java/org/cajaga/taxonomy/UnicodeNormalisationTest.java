package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * One Unicode normal form: the reference data is served in NFC, and text sent decomposed (NFD, as macOS and
 * some browsers send it) in bodies and query parameters is taken, stored and answered in NFC.
 */
@QuarkusTest
class UnicodeNormalisationTest {

    private static final String TAXONOMY = "/api/v1/taxonomy";

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    /** The decomposed spelling of a text that has accents (so that it differs from the composed one). */
    private static String nfd(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(text);
        return decomposed;
    }

    @Test
    void noTextTheServiceShipsIsDecomposed() {
        List<String> served = new ArrayList<>();
        for (String language : List.of("es", "en")) {
            served.addAll(texts(read(language, TAXONOMY + "/sdg/goals")));
            Response targets = read(language, TAXONOMY + "/sdg/targets?limit=200");
            served.addAll(texts(targets));
            for (String code : targets.jsonPath().getList("items.code", String.class)) {
                served.addAll(texts(read(language, TAXONOMY + "/sdg/targets/" + code)));
            }
            for (String vocabulary : List.of("principles", "lessons", "sectors")) {
                served.addAll(texts(read(language, TAXONOMY + "/" + vocabulary + "?limit=200")));
            }
            served.addAll(texts(read(language, TAXONOMY + "/criteria-sets")));
            served.addAll(texts(read(language, TAXONOMY + "/criteria-sets/mapeo-2022/versions/1")));
            served.addAll(texts(read(language, TAXONOMY + "/criteria-sets/mapeo-2022/versions/1/rule")));
        }
        served.addAll(texts(read("es", TAXONOMY + "/states")));
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            Response municipalities = read("es", TAXONOMY + "/municipalities?limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            served.addAll(texts(municipalities));
            cursor = municipalities.path("next");
            if (cursor == null) {
                break;
            }
        }
        assertThat(cursor).as("all municipality pages read").isNull();
        assertThat(served).hasSizeGreaterThan(2 * (17 * 2 + 169 + 252) + 2469);
        assertThat(served).allSatisfy(text -> {
            assertThat(text.codePoints().filter(c -> Character.getType(c) == Character.NON_SPACING_MARK))
                    .as("combining marks in '%s'", text).isEmpty();
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("'%s' is NFC", text).isTrue();
        });
        // the example of the issue: target 5.5 once read "participacio" + U+0301
        given().get(TAXONOMY + "/sdg/targets/5.5").then().statusCode(200)
                .body("title", containsString("la participaci\u00f3n plena"));
    }

    @Test
    void aDecomposedNameAndDescriptionAreStoredComposed() {
        String name = "Econom\u00eda solidaria";
        String description = "Cooperativas y organizaciones de econom\u00eda social y solidaria";
        Response created = given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(Map.of("code", "SOLIDARITY_ECONOMY", "position", 10,
                        "name", Map.of("es", nfd(name), "en", "Solidarity economy"),
                        "description", Map.of("es", nfd(description), "en", "Co-operatives and social enterprises")))
                .post(TAXONOMY + "/sectors");
        created.then().statusCode(201).body("name", is(name)).body("description", is(description));
        given().get(TAXONOMY + "/sectors/SOLIDARITY_ECONOMY").then().statusCode(200)
                .body("name", is(name)).body("description", is(description));

        String renamed = "Econom\u00eda social y solidaria";
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("position", 10, "name", Map.of("es", nfd(renamed), "en", "Social and solidarity economy"),
                        "description", Map.of("es", nfd(description), "en", "Co-operatives and social enterprises")))
                .put(TAXONOMY + "/sectors/SOLIDARITY_ECONOMY").then().statusCode(200).body("name", is(renamed));
        given().get(TAXONOMY + "/sectors/SOLIDARITY_ECONOMY").then().statusCode(200).body("name", is(renamed));
    }

    @Test
    void aDecomposedMunicipalityNameIsStoredComposedAndFoundEitherWay() {
        String name = "\u00d1uu Savi";
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(Map.of("cvegeo", "12084", "name", nfd(name), "reason", nfd("Creaci\u00f3n por decreto")))
                .post(TAXONOMY + "/municipalities").then().statusCode(201).body("name", is(name));
        given().get(TAXONOMY + "/municipalities/12084").then().statusCode(200).body("name", is(name));
        given().get(TAXONOMY + "/municipalities/12084/history").then().statusCode(200)
                .body("items[0].newName", is(name)).body("items[0].reason", is("Creaci\u00f3n por decreto"));
        for (String query : List.of("\u00f1uu", nfd("\u00f1uu"), "nuu")) {
            given().queryParam("q", query).get(TAXONOMY + "/municipalities").then().statusCode(200)
                    .body("items.cvegeo", contains("12084"));
        }
    }

    @Test
    void aDecomposedQueryParameterIsTheComposedOne() {
        String composed = "ju\u00e1rez";
        Response asComposed = given().queryParam("q", composed).queryParam("limit", 2).get(TAXONOMY + "/municipalities");
        Response asDecomposed = given().queryParam("q", nfd(composed)).queryParam("limit", 2)
                .get(TAXONOMY + "/municipalities");
        asComposed.then().statusCode(200);
        asDecomposed.then().statusCode(200);
        assertThat(asDecomposed.jsonPath().getList("items.cvegeo"))
                .hasSize(2).isEqualTo(asComposed.jsonPath().getList("items.cvegeo"));
        // the same request for caches and for the next page
        assertThat(asDecomposed.header("ETag")).isEqualTo(asComposed.header("ETag"));
        assertThat(asDecomposed.header("Link")).isEqualTo(asComposed.header("Link")).contains("q=ju%C3%A1rez");
        given().header("If-None-Match", asComposed.header("ETag")).queryParam("q", nfd(composed)).queryParam("limit", 2)
                .get(TAXONOMY + "/municipalities").then().statusCode(304);
    }

    @Test
    void theDocumentSaysTextIsTakenInNfc() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.description", startsWith("Vocabulary of municipal open-government good practices"))
                .body("info.description", containsString("Text is taken in Unicode NFC"));
    }

    private static Response read(String language, String path) {
        Response response = given().header("Accept-Language", language).get(path);
        response.then().statusCode(200);
        return response;
    }

    /** Every string value in a JSON answer. */
    private static List<String> texts(Response response) {
        List<String> texts = new ArrayList<>();
        collect(response.jsonPath().get(), texts);
        return texts;
    }

    private static void collect(Object value, List<String> texts) {
        if (value instanceof String text) {
            texts.add(text);
        } else if (value instanceof Map<?, ?> object) {
            object.values().forEach(member -> collect(member, texts));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, texts));
        }
    }
}
