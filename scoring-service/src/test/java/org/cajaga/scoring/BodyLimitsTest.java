package org.cajaga.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cajaga.testing.RawHttp;
import org.junit.jupiter.api.Test;

/** An evaluation sent in chunks is refused once more than 1 MB has been read; a trickled one ends with a 408. */
@QuarkusTest
class BodyLimitsTest {

    private static Map<String, String> evaluatorJson() {
        return Map.of("Authorization", "Bearer " + evaluator("lenta"), "Content-Type", "application/json");
    }

    private static byte[] evaluation(String justification) throws Exception {
        List<Map<String, Object>> verdicts = verdictsAllMetExcept(Set.of());
        Map<String, Object> first = new HashMap<>(verdicts.get(0));
        first.put("justification", justification);
        verdicts.set(0, first);
        return new ObjectMapper().writeValueAsBytes(body(UUID.randomUUID(), 1, "EXPERT_REVIEW", verdicts));
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://cajaga.mx/problems/" + type + "\"");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void aChunkedEvaluationOfTwoMegabytesIsRefused() throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", EVALUATIONS, evaluatorJson(),
                RawHttp.Body.chunked(evaluation("x".repeat(2 * 1024 * 1024))));
        assertRefused(answer, 413, "too-large");
    }

    @Test
    void aTrickledEvaluationEndsWith408() throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", EVALUATIONS, evaluatorJson(),
                RawHttp.Body.trickled(evaluation("Evidencia revisada"), Duration.ofMillis(100)));
        assertRefused(answer, 408, "request-timeout");
    }
}
