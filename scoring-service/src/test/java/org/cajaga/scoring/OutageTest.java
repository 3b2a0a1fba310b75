package org.cajaga.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.create;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When taxonomy-service or practices-service does not answer, nothing is stored and the caller gets a 503 problem. */
@QuarkusTest
class OutageTest {

    @Test
    void anUnknownVersionWhileTaxonomyIsDownIsA503AndNothingIsStored() {
        UUID practice = PracticeStubs.published(true);
        StubMapping down = PracticeStubs.wireMock().register(get("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/7")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try {
            create(evaluator("ana"), body(practice, 7, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("https://cajaga.mx/problems/dependency-unavailable"));
        } finally {
            PracticeStubs.wireMock().removeStubMapping(down);
        }
        create(evaluator("ana"), body(practice, 7, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                .then().statusCode(422);
    }

    @Test
    void practicesServiceDownIsA503AndNothingIsStored() {
        UUID practice = UUID.randomUUID();
        StubMapping down = PracticeStubs.wireMock().register(get("/api/v1/practices/" + practice)
                .willReturn(aResponse().withStatus(503)));
        try {
            create(evaluator("ana"), body(practice, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("https://cajaga.mx/problems/dependency-unavailable"));
        } finally {
            PracticeStubs.wireMock().removeStubMapping(down);
        }
        given().auth().oauth2(evaluator("ana")).queryParam("practiceId", practice.toString())
                .get(Evaluations.EVALUATIONS).then().statusCode(200).body("items.size()", equalTo(0));
    }
}
