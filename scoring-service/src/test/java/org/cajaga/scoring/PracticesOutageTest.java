package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.admin;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.create;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.submit;
import static org.cajaga.scoring.Evaluations.submitted;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * practices-service stopped for real (the stub of the other services refuses connections): a practice scoring saw
 * open to review is still evaluated by whoever could see it, and its classification arrives once the stub is back.
 */
@QuarkusTest
class PracticesOutageTest {

    @InjectUpstream
    WireMockServer upstream;

    @Test
    void aPracticeSeenOpenBeforeIsEvaluatedWhileItIsDownAndClassifiedOnceItIsBack() {
        UUID seen = PracticeStubs.published(true);
        submitted(evaluator("ana"), seen, 1, Set.of());
        UUID neverSeen = PracticeStubs.published(true);

        upstream.stop();
        try {
            Response draft = create(evaluator("beto"), body(seen, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())));
            draft.then().statusCode(201).body("status", equalTo("DRAFT"));
            submit(evaluator("beto"), draft.path("id"), draft.header("ETag")).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED")).body("counted", equalTo(true));
            refusedForNow(create(evaluator("beto"), body(neverSeen, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))));
        } finally {
            upstream.start();
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> !PracticeStubs.classificationsSent(seen).isEmpty());
        List<LoggedRequest> sent = PracticeStubs.classificationsSent(seen);
        assertThat(JsonPath.from(sent.get(sent.size() - 1).getBodyAsString()).getString("classification"))
                .isEqualTo("EMBLEMATIC");
        awaitPracticesServiceAnswering(seen);
    }

    @Test
    void whileItIsDownAPracticeIsEvaluatedOnlyByWhoCouldSeeItAndOnlyIfItWasOpen() {
        String owner = TestTokens.forUser("integra.demo", "integrator");
        String otherIntegrator = TestTokens.forUser("otra.integradora", "integrator");
        UUID submittedForReview = PracticeStubs.practice("SUBMITTED", false, "integra.demo");
        create(evaluator("ana"), body(submittedForReview, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                .then().statusCode(201);
        UUID archived = PracticeStubs.published(false);
        create(evaluator("ana"), body(archived, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))).then().statusCode(201);
        PracticeStubs.practice(archived, "ARCHIVED", false, "editora.demo");
        given().auth().oauth2(admin()).get(EVALUATIONS + "/practices/" + archived + "/score").then().statusCode(404);

        upstream.stop();
        try {
            refusedForNow(create(otherIntegrator,
                    body(submittedForReview, 1, "SELF_ASSESSMENT", verdictsAllMetExcept(Set.of()))));
            create(owner, body(submittedForReview, 1, "SELF_ASSESSMENT", verdictsAllMetExcept(Set.of())))
                    .then().statusCode(201).body("kind", equalTo("SELF_ASSESSMENT"));
            refusedForNow(create(evaluator("beto"), body(archived, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))));
        } finally {
            upstream.start();
        }
        awaitPracticesServiceAnswering(archived);
    }

    private static void refusedForNow(Response response) {
        response.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[0-9]+"))
                .body("type", equalTo("https://cajaga.mx/problems/dependency-unavailable"));
    }

    /** Reads of practices-service succeed again (its circuit breaker let a trial call through and closed). */
    private static void awaitPracticesServiceAnswering(UUID practice) {
        await().atMost(Duration.ofSeconds(15)).until(() -> scoreRead(practice).extract().statusCode() != 503);
    }

    private static ValidatableResponse scoreRead(UUID practice) {
        return given().auth().oauth2(admin()).get(EVALUATIONS + "/practices/" + practice + "/score").then();
    }
}
