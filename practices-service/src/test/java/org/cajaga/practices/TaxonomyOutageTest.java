package org.cajaga.practices;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When taxonomy-service is down, codes it confirmed before still count; others cannot be judged: 503, nothing stored. */
@QuarkusTest
class TaxonomyOutageTest {

    @AfterEach
    void taxonomyBack() {
        TaxonomyControl.goUp();
        awaitCircuitClosed();
    }

    @Test
    void cachedCodesCarryWritesThroughAnOutageAndUnknownOnesAreRefused() {
        TaxonomyControl.goUp();
        Api.create(editor(), practice("Ejemplo: Antes del corte", "19039")).then().statusCode(201);
        assertThat(TaxonomyControl.calls()).isEqualTo(1);
        Api.create(editor(), practice("Ejemplo: Desde la caché", "19039")).then().statusCode(201);
        assertThat(TaxonomyControl.calls()).as("fresh codes are not asked again").isEqualTo(1);

        TaxonomyControl.goDown();
        Api.create(editor(), with(practice("Ejemplo: Durante el corte", "19039"), "lessons", List.of("COCREATION")))
                .then().statusCode(201);
        Api.create(editor(), with(practice("Ejemplo: Código nunca visto", "19039"), "lessons", List.of("AGENDA2030")))
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", is("https://cajaga.mx/problems/dependency-unavailable"));
        given().auth().oauth2(editor()).queryParam("q", "nunca visto").queryParam("status", "DRAFT").get(PRACTICES).then()
                .body("items.title", not(hasItem("Ejemplo: Código nunca visto")));

        TaxonomyControl.goUp();
        awaitCircuitClosed();
        Api.create(editor(), with(practice("Ejemplo: Código nunca visto", "19039"), "lessons", List.of("AGENDA2030")))
                .then().statusCode(201);
    }

    @Test
    void aRefusalIsNotAskedAgainNorTakenForAnOutage() {
        TaxonomyControl.refuse();
        Api.create(editor(), with(practice("Ejemplo: Rechazo de taxonomía", "19039"), "sdgTargets", List.of("14.c")))
                .then().statusCode(503).contentType("application/problem+json");
        assertThat(TaxonomyControl.calls()).as("a 4xx is an answer: no retry").isEqualTo(1);
        for (int attempt = 0; attempt < 5; attempt++) {
            Api.create(editor(), with(practice("Ejemplo: Rechazo de taxonomía", "19039"), "sdgTargets", List.of("14.c")));
        }
        assertThat(TaxonomyControl.calls()).as("refusals do not open the circuit: every write still asks").isEqualTo(6);
    }

    /** After an outage the circuit breaker lets a trial call through once its delay (300 ms in tests) is over. */
    private static void awaitCircuitClosed() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void unknownCodesAreInvalidData() {
        Api.create(editor(), with(with(practice("Ejemplo: Códigos raros", "08037"), "principles", List.of("OPENNESS")),
                "sdgTargets", List.of("99.1"))).then().statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("principles", "sdgTargets"));
        Api.create(editor(), with(practice("Ejemplo: Municipio de otro estado", "08037"), "location",
                java.util.Map.of("stateCode", "08", "municipalities", List.of("08037", "20067")))).then().statusCode(422)
                .body("violations[0].field", is("location.municipalitiesInState"));
        Api.create(editor(), with(practice("Ejemplo: Municipio inexistente", "08037"), "location",
                java.util.Map.of("stateCode", "08", "municipalities", List.of("08999")))).then().statusCode(422)
                .body("violations[0].field", is("location.municipalities"));
    }
}
