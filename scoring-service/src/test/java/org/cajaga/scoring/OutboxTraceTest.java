package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.submitted;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cajaga.scoring.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;

/**
 * A classification decided by a request is delivered later, by the outbox job, in that request's trace: the row keeps
 * the request's traceparent, and the call to practices-service continues it.
 */
@QuarkusTest
class OutboxTraceTest {

    private static final String TRACE = "5b8efff798038103d269b633813fc60c";
    private static final String CALLER_SPAN = "eee19b7ec3c1b174";

    @Inject
    OutboxRepository outbox;

    @Test
    void theDeliveryContinuesTheTraceOfTheSubmissionThatDecidedIt() {
        UUID practice = PracticeStubs.published(true);
        submitted(evaluator("ana"), practice, 1, Set.of());
        String token = evaluator("beto");
        Response created = Evaluations.create(token, Evaluations.body(practice, 1, "EXPERT_REVIEW",
                Evaluations.verdictsAllMetExcept(Set.of())));
        created.then().statusCode(201);
        given().auth().oauth2(token).header("If-Match", created.header("ETag"))
                .header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                .post("/api/v1/evaluations/" + created.path("id") + "/submit").then().statusCode(200);

        List<String> stored = QuarkusTransaction.requiringNew().call(() -> outbox.list("practiceId", practice).stream()
                .map(message -> message.traceparent).toList());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).matches("^00-" + TRACE + "-[0-9a-f]{16}-01$").doesNotContain(CALLER_SPAN);

        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxProbe.delivered(practice));
        List<String> sent = PracticeStubs.classificationsSent(practice).stream()
                .map(request -> request.getHeader("traceparent")).toList();
        assertThat(sent).isNotEmpty().allMatch(traceparent -> traceparent != null
                && traceparent.matches("^00-" + TRACE + "-[0-9a-f]{16}-01$")
                && !traceparent.equals(stored.get(0)));
    }
}
