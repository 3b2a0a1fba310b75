package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Autocomplete search, and curators keeping the catalogue in step with INEGI. */
@QuarkusTest
class MunicipalityTest {

    private static final String MUNICIPALITIES = "/api/v1/taxonomy/municipalities";

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    @Test
    void searchIgnoresAccentsAndCaseAcrossStates() {
        List<String> states = given().queryParam("q", "juarez").queryParam("limit", 200).get(MUNICIPALITIES).then()
                .statusCode(200)
                .body("items.name", hasItems("Juárez", "Benito Juárez"))
                .extract().jsonPath().getList("items.stateCode");
        assertThat(new HashSet<>(states)).hasSizeGreaterThanOrEqualTo(5);
        given().queryParam("q", "JUÁREZ").queryParam("limit", 200).get(MUNICIPALITIES).then().statusCode(200)
                .body("items.size()", is(states.size()));
        given().queryParam("q", "juarez").queryParam("state", "08").get(MUNICIPALITIES).then().statusCode(200)
                .body("items.cvegeo", contains("08037"));
        given().queryParam("q", "oaxaca de ju").get("/api/v1/taxonomy/states/20/municipalities").then().statusCode(200)
                .body("items.cvegeo", contains("20067"));
    }

    @Test
    void likeWildcardsInQueriesAreTakenLiterally() {
        given().queryParam("q", "%").get(MUNICIPALITIES).then().statusCode(200).body("items.size()", is(0));
        given().queryParam("q", "  ").get(MUNICIPALITIES).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aStateListsOnlyItsOwnMunicipalities() {
        given().queryParam("limit", 200).get("/api/v1/taxonomy/states/09/municipalities").then().statusCode(200)
                .body("items.size()", is(16))
                .body("items.cvegeo", everyItem(startsWith("09")));
        given().get("/api/v1/taxonomy/states/33/municipalities").then().statusCode(404);
        given().queryParam("state", "99").get(MUNICIPALITIES).then().statusCode(404);
    }

    @Test
    void aCuratorAddsAMunicipalityCreatedAfterTheCensusAndRenamesIt() {
        Response created = given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"cvegeo\": \"04013\", \"name\": \"Dzitbalché\", \"reason\": \"Creado por decreto; INEGI AGEEML\"}")
                .post(MUNICIPALITIES);
        created.then().statusCode(201)
                .body("stateName", is("Campeche")).body("municipalityCode", is("013"))
                .body("population", nullValue()).body("sizeClass", nullValue());
        assertThat(created.header("Location")).endsWith("/api/v1/taxonomy/municipalities/04013");
        given().queryParam("q", "dzitbalche").get(MUNICIPALITIES).then().body("items.cvegeo", contains("04013"));
        given().queryParam("q", "dzitbalche").queryParam("sizeClass", "RURAL").get(MUNICIPALITIES).then()
                .body("items.size()", is(0));

        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"cvegeo\": \"04013\", \"name\": \"Otra vez\", \"reason\": \"duplicado\"}")
                .post(MUNICIPALITIES).then().statusCode(409);

        String stale = created.header("ETag");
        String renamedTag = given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", stale)
                .body("{\"name\": \"Dzitbalché (Calkiní)\", \"reason\": \"Prueba de cambio de nombre\"}")
                .put(MUNICIPALITIES + "/04013").then().statusCode(200)
                .body("name", is("Dzitbalché (Calkiní)")).body("version", is(1)).extract().header("ETag");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", stale)
                .body("{\"name\": \"Perdido\", \"reason\": \"cambio con ETag viejo\"}")
                .put(MUNICIPALITIES + "/04013").then().statusCode(412);
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"name\": \"Sin If-Match\", \"reason\": \"falta\"}")
                .put(MUNICIPALITIES + "/04013").then().statusCode(428);
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", renamedTag)
                .body("{\"name\": \"Dzitbalché\", \"reason\": \"Nombre oficial\"}")
                .put(MUNICIPALITIES + "/04013").then().statusCode(200);

        given().get(MUNICIPALITIES + "/04013/history").then().statusCode(200)
                .body("items.change", contains("CREATED", "RENAMED", "RENAMED"))
                .body("items[1].oldName", is("Dzitbalché"))
                .body("items[1].newName", is("Dzitbalché (Calkiní)"))
                .body("items[1].changedBy", is("carla.curator"));
    }

    @Test
    void invalidAdditionsAreRefused() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"cvegeo\": \"99001\", \"name\": \"Nowhere\", \"reason\": \"no state 99\"}")
                .post(MUNICIPALITIES).then().statusCode(422).body("type", is("https://cajaga.mx/problems/invalid-data"));
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"cvegeo\": \"4013\", \"name\": \"\"}")
                .post(MUNICIPALITIES).then().statusCode(422)
                .body("violations.field", hasItems("cvegeo", "name", "reason"));
        given().contentType(ContentType.JSON)
                .body("{\"cvegeo\": \"12082\", \"name\": \"Las Vigas\", \"reason\": \"x\"}")
                .post(MUNICIPALITIES).then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("eva.editor", "editor")).contentType(ContentType.JSON)
                .body("{\"cvegeo\": \"12082\", \"name\": \"Las Vigas\", \"reason\": \"x\"}")
                .post(MUNICIPALITIES).then().statusCode(403);
        given().get(MUNICIPALITIES + "/12082").then().statusCode(404);
    }

    @Test
    void everyCensusMunicipalityHasItsPopulationAndSizeClass() {
        given().get(MUNICIPALITIES + "/08037").then().statusCode(200)
                .body("population", is(1512450)).body("sizeClass", is("METROPOLITAN"));
        given().get(MUNICIPALITIES + "/08019").then().body("population", is(937674)).body("sizeClass", is("URBAN"));
        given().get(MUNICIPALITIES + "/08002").then().body("population", is(26047)).body("sizeClass", is("SEMI_URBAN"));
        given().get(MUNICIPALITIES + "/08001").then().body("population", is(14635)).body("sizeClass", is("RURAL"));
        given().queryParam("state", "08").queryParam("q", "juarez").get(MUNICIPALITIES).then()
                .body("items[0].sizeClass", is("METROPOLITAN"));
    }

    @Test
    void theListFiltersBySizeClass() {
        List<String> metropolitan = given().queryParam("sizeClass", "METROPOLITAN").queryParam("limit", 200)
                .get(MUNICIPALITIES).then().statusCode(200)
                .body("items.sizeClass", everyItem(is("METROPOLITAN")))
                .extract().jsonPath().getList("items.cvegeo");
        assertThat(metropolitan).hasSize(14).contains("08037", "14039");
        given().queryParam("sizeClass", "URBAN").queryParam("state", "08").queryParam("limit", 200).get(MUNICIPALITIES)
                .then().statusCode(200).body("items.cvegeo", hasItems("08019")).body("items.sizeClass", everyItem(is("URBAN")));
        given().queryParam("sizeClass", "HUGE").get(MUNICIPALITIES).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
