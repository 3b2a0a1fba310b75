package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.create;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Justifications sent decomposed (NFD, as macOS and some browsers send them) are stored and answered composed. */
@QuarkusTest
class UnicodeNormalisationTest {

    private static final String JUSTIFICATION = "Las mesas vecinales decidieron el presupuesto; acta p\u00fablica en l\u00ednea";

    @Test
    void aDecomposedJustificationIsStoredComposed() {
        String decomposed = Normalizer.normalize(JUSTIFICATION, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(JUSTIFICATION);
        List<Map<String, Object>> verdicts = verdictsAllMetExcept(Set.of()).stream()
                .map(verdict -> {
                    Map<String, Object> changed = new HashMap<>(verdict);
                    changed.put("justification", decomposed);
                    return changed;
                }).toList();
        UUID practice = PracticeStubs.published(true);
        Response created = create(evaluator("ana"), body(practice, 1, "EXPERT_REVIEW", verdicts));
        created.then().statusCode(201).body("verdicts.justification", everyItem(is(JUSTIFICATION)));
        given().auth().oauth2(evaluator("ana")).get(EVALUATIONS + "/" + created.path("id")).then().statusCode(200)
                .body("verdicts.justification", everyItem(is(JUSTIFICATION)));
    }

    @Test
    void theDocumentSaysTextIsTakenInNfc() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.description", startsWith("Evaluations of practices against the twelve criteria"))
                .body("info.description", containsString("Text is taken in Unicode NFC"));
    }
}
