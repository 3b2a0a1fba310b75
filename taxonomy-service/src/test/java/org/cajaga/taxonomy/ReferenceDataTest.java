package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The reference data the service ships: counts and both languages. */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void seventeenGoalsInOrderWithSpanishAndEnglishNames() {
        given().get("/api/v1/taxonomy/sdg/goals").then().statusCode(200)
                .header("Content-Language", "es")
                .body("items", hasSize(17))
                .body("items[4].number", is(5))
                .body("items[4].shortTitle", is("Igualdad de Género"))
                .body("next", nullValue());
        given().header("Accept-Language", "en-GB,en;q=0.9").get("/api/v1/taxonomy/sdg/goals/5").then().statusCode(200)
                .header("Content-Language", "en")
                .body("shortTitle", is("Gender equality"))
                .body("title", startsWith("Achieve gender equality"));
    }

    @Test
    void oneHundredSixtyNineTargetsWithLetteredOnesAfterNumberedOnes() {
        given().queryParam("limit", 200).get("/api/v1/taxonomy/sdg/targets").then().statusCode(200)
                .body("items", hasSize(169))
                .body("items[0].code", is("1.1"))
                .body("items[5].code", is("1.a"));
        given().get("/api/v1/taxonomy/sdg/goals/5/targets").then().statusCode(200)
                .body("items.code", contains("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.a", "5.b", "5.c"));
        given().queryParam("goal", 17).queryParam("limit", 200).get("/api/v1/taxonomy/sdg/targets").then()
                .statusCode(200).body("items", hasSize(19));
    }

    @Test
    void targetLookupByCodeIncludesItsIndicators() {
        given().get("/api/v1/taxonomy/sdg/targets/5.5").then().statusCode(200)
                .body("goal", is(5))
                .body("indicators.code", contains("5.5.1", "5.5.2"));
        given().header("Accept-Language", "en").get("/api/v1/taxonomy/sdg/indicators/5.5.2").then().statusCode(200)
                .body("target", is("5.5"))
                .body("title", startsWith("Proportion of women in managerial positions"));
    }

    @Test
    void unknownSdgCodesAreNotFoundProblems() {
        given().get("/api/v1/taxonomy/sdg/goals/18").then().statusCode(404)
                .contentType("application/problem+json").body("type", is("https://cajaga.mx/problems/not-found"));
        given().get("/api/v1/taxonomy/sdg/targets/5.z").then().statusCode(404);
        given().queryParam("goal", 42).get("/api/v1/taxonomy/sdg/targets").then().statusCode(404);
    }

    @Test
    void thirtyTwoStatesWithTheirMunicipalityCounts() {
        given().get("/api/v1/taxonomy/states").then().statusCode(200)
                .body("items", hasSize(32))
                .body("items[0].code", is("01"))
                .body("items[0].name", is("Aguascalientes"))
                .body("items.find { it.code == '09' }.municipalityCount", is(16))
                .body("items.find { it.code == '20' }.municipalityCount", is(570))
                .body("items.find { it.code == '32' }.municipalityCount", is(58))
                // curators may add municipalities in other tests; the census list alone has 2,469
                .body("items.municipalityCount.sum()", greaterThanOrEqualTo(2469));
        given().get("/api/v1/taxonomy/states/30").then().statusCode(200)
                .body("name", is("Veracruz de Ignacio de la Llave"))
                .body("municipalityCount", is(212));
    }

    @Test
    void municipalityLookupByCvegeo() {
        given().get("/api/v1/taxonomy/municipalities/14039").then().statusCode(200)
                .body("name", is("Guadalajara"))
                .body("stateCode", is("14"))
                .body("stateName", is("Jalisco"))
                .body("municipalityCode", is("039"));
        given().get("/api/v1/taxonomy/municipalities/20549").then().statusCode(200)
                .body("name", is("Heroica Villa Tezoatlán de Segura y Luna, Cuna de la Independencia de Oaxaca"));
        given().get("/api/v1/taxonomy/municipalities/99999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void fourPrinciplesTenLessonsAndTheSeededSectors() {
        given().get("/api/v1/taxonomy/principles").then().statusCode(200)
                .body("items.code", contains("TRANSPARENCY", "ACCOUNTABILITY", "PARTICIPATION", "INNOVATION"));
        given().get("/api/v1/taxonomy/lessons").then().statusCode(200)
                .body("items.code", hasItems("INTEGRAL", "COCREATION", "SOCIAL_INNOVATION", "SINGLE_PLATFORM",
                        "SPECIFIC_PROBLEMS", "DIRECT_INTERACTION", "INFORMATION_EMPOWERS", "CITIZENS_AT_CENTRE",
                        "STRATEGIC_ALLIANCES", "AGENDA2030"))
                .body("items[1].code", is("COCREATION"));
        given().header("Accept-Language", "en").get("/api/v1/taxonomy/lessons/INFORMATION_EMPOWERS").then()
                .statusCode(200).body("name", is("Information empowers"));
        given().get("/api/v1/taxonomy/sectors").then().statusCode(200)
                .body("items.code", hasItems("GOVERNMENT", "CIVIL_SOCIETY", "ACADEMIA", "PRIVATE_SECTOR", "CITIZENS",
                        "INTERNATIONAL_ORGANISATION"));
    }

    @Test
    void mapeoCriteriaSetVersionOneHasTwelveCriteriaAndItsRuleAsData() {
        given().get("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/1").then().statusCode(200)
                .body("status", is("PUBLISHED"))
                .body("criteria", hasSize(12))
                .body("criteria[0].code", is("INNOVATION"))
                .body("criteria[11].code", is("AGENDA2030"))
                .body("rule.criteriaCount", is(12))
                .body("rule.classes.classification", contains("EMBLEMATIC", "GOOD_PRACTICE", "NOT_CLASSIFIED"))
                .body("rule.classes[0].minPercentMet", is(100.0f))
                .body("rule.classes[0].requiresCoCreation", is(true))
                .body("rule.classes[1].minPercentMet", is(80.0f))
                .body("rule.classes[1].requiresCoCreation", is(false));
        given().header("Accept-Language", "en").get("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/1/rule").then()
                .statusCode(200)
                .body("criteriaCount", is(12))
                .body("howToApply", startsWith("Compute percent"));
    }
}
