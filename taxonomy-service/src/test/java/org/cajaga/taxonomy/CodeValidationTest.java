package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Other services check every code of a record in one call. */
@QuarkusTest
class CodeValidationTest {

    private static final String VALIDATION = "/api/v1/taxonomy/validation";

    @Test
    void knownCodesOfEveryKindAreValid() {
        given().contentType(ContentType.JSON).body("""
                {"principles": ["TRANSPARENCY", "PARTICIPATION"], "lessons": ["COCREATION"],
                 "sectors": ["CIVIL_SOCIETY"], "sdgGoals": [5, 16], "sdgTargets": ["5.5", "16.7"],
                 "states": ["08"], "municipalities": ["08037", "14039"],
                 "criteriaSetVersions": [{"code": "mapeo-2022", "number": 1}]}
                """).post(VALIDATION).then().statusCode(200)
                .body("valid", is(true))
                .body("unknown.principles", nullValue());
    }

    @Test
    void unknownCodesAreReportedPerKindOnceEach() {
        given().contentType(ContentType.JSON).body("""
                {"principles": ["TRANSPARENCY", "OPENNESS", "OPENNESS"], "sdgGoals": [5, 18],
                 "sdgTargets": ["5.5", "5.9", "99.1"], "municipalities": ["08037", "99999"],
                 "states": ["33"], "sectors": ["GOVERNMENT"],
                 "criteriaSetVersions": [{"code": "mapeo-2022", "number": 1}, {"code": "mapeo-2022", "number": 9},
                                         {"code": "nope", "number": 1}]}
                """).post(VALIDATION).then().statusCode(200)
                .body("valid", is(false))
                .body("unknown.principles", contains("OPENNESS"))
                .body("unknown.sdgGoals", contains(18))
                .body("unknown.sdgTargets", contains("5.9", "99.1"))
                .body("unknown.municipalities", contains("99999"))
                .body("unknown.states", contains("33"))
                .body("unknown.sectors", nullValue())
                .body("unknown.criteriaSetVersions.number", contains(9, 1))
                .body("unknown.criteriaSetVersions.code", contains("mapeo-2022", "nope"));
    }

    @Test
    void anEmptyRequestIsValidAndMalformedEntriesAreRefused() {
        given().contentType(ContentType.JSON).body("{}").post(VALIDATION).then().statusCode(200).body("valid", is(true));
        given().contentType(ContentType.JSON).body("{\"principles\": [\"\"], \"sdgGoals\": [0],"
                        + " \"criteriaSetVersions\": [{\"code\": \"mapeo-2022\"}]}")
                .post(VALIDATION).then().statusCode(422)
                .body("violations.field", hasItems("principles[0]", "sdgGoals[0]", "criteriaSetVersions[0].number"));
        given().contentType(ContentType.JSON).body("{\"colours\": [\"red\"]}").post(VALIDATION).then().statusCode(400);
    }
}
