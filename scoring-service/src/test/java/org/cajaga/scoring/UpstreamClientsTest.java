package org.cajaga.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.create;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.submitted;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every call to another service carries the request id, is retried after a failure and never after a 4xx answer. */
@QuarkusTest
class UpstreamClientsTest {

    @Test
    void theCallersRequestIdReachesPracticesService() {
        UUID practice = PracticeStubs.published(true);
        String requestId = "clients-test-" + practice;
        given().auth().oauth2(evaluator("ana")).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(body(practice, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))).post(EVALUATIONS)
                .then().statusCode(201);
        assertThat(reads(practice)).extracting(read -> read.getHeader("X-Request-Id")).containsOnly(requestId);
    }

    @Test
    void eachClassificationIsSentWithARequestIdOfItsOwn() {
        UUID practice = PracticeStubs.published(false);
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> !PracticeStubs.classificationsSent(practice).isEmpty());
        assertThat(PracticeStubs.classificationsSent(practice).get(0).getHeader("X-Request-Id"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void anAnswerOf404IsAskedOnceAnAnswerOf503ThreeTimes() {
        UUID gone = UUID.randomUUID();
        PracticeStubs.deleted(gone);
        create(evaluator("ana"), body(gone, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))).then().statusCode(422);
        assertThat(reads(gone)).hasSize(1);

        UUID failing = UUID.randomUUID();
        PracticeStubs.wireMock().register(get("/api/v1/practices/" + failing).willReturn(aResponse().withStatus(503)));
        create(evaluator("ana"), body(failing, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))).then().statusCode(503);
        assertThat(reads(failing)).as("the first call and two retries").hasSize(3);
    }

    private static List<LoggedRequest> reads(UUID practice) {
        return PracticeStubs.wireMock().find(getRequestedFor(urlEqualTo("/api/v1/practices/" + practice)));
    }
}
