package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer the gateway makes itself, instead of a service, is a non-empty problem of the one
 * vocabulary, valid against the merged document's Problem schema, in the caller's language.
 */
@QuarkusTest
class GatewayAnswersTest {

    private static final String PRINCIPLES = "/api/v1/taxonomy/principles";

    private ProblemSchema problems;

    @BeforeEach
    void schema() {
        problems = ProblemSchema.ofMergedDocument();
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        JsonNode missing = problems.check(given().header("Accept-Language", "en").get("/nope"));
        assertThat(missing.path("type").asText()).isEqualTo("https://cajaga.mx/problems/not-found");
        assertThat(missing.path("title").asText()).isEqualTo("Resource not found");
        assertThat(missing.path("instance").asText()).isEqualTo("/nope");
        problems.check(given().get("/api/v2/practices"));
        JsonNode method = problems.check(given().post("/openapi"));
        assertThat(method.path("status").asInt()).isEqualTo(405);
    }

    @Test
    void refusedBrowserOriginsAreProblems() {
        JsonNode preflight = problems.check(given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").options("/api/v1/practices"));
        assertThat(preflight.path("status").asInt()).isEqualTo(403);
        assertThat(preflight.path("detail").asText()).contains("https://evil.example");
        problems.check(given().header("Origin", "https://evil.example").get(PRINCIPLES));
        given().header("Origin", "http://localhost:" + RestAssured.port).get(PRINCIPLES).then().statusCode(200);
    }

    @Test
    void malformedTargetsAreProblems() {
        for (String target : List.of("/api/v1/taxonomy/%zz", PRINCIPLES + "?q=%zz", PRINCIPLES + "?q=%4", PRINCIPLES + "?q=a%00b",
                PRINCIPLES + "?q=a\u0000b", PRINCIPLES + "?q=a|b", "/nope/%")) {
            RawExchange answer = RawExchange.get(target, "Connection: close\r\n");
            assertThat(answer.status()).as(target).isEqualTo(400);
            problems.check(answer);
            assertThat(answer.header("RateLimit-Limit")).as("a refused API call counts too")
                    .hasSize(target.startsWith("/api/") ? 1 : 0);
        }
    }

    @Test
    void oversizedRequestsAreProblems() {
        RawExchange longTarget = RawExchange.get(PRINCIPLES + "?q=" + "a".repeat(4500), "");
        assertThat(longTarget.status()).isEqualTo(414);
        problems.check(longTarget);
        RawExchange largeHeaders = RawExchange.get(PRINCIPLES, "X-Big: " + "a".repeat(20_000) + "\r\n");
        assertThat(largeHeaders.status()).isEqualTo(431);
        problems.check(largeHeaders);
        RawExchange largeBody = RawExchange.send("POST /api/v1/practices HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestTokens.forUser("eva.editor", "editor") + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: 300000000\r\n\r\n{}");
        assertThat(largeBody.status()).isEqualTo(413);
        assertThat(largeBody.header("Connection")).containsExactly("close");
        problems.check(largeBody);
    }

    @Test
    void pastTheCodecLimitsVertxAnswersEmpty() {
        // Past quarkus.http.limits (64 KiB) the HTTP codec refuses before any handler; Quarkus gives no hook.
        RawExchange line = RawExchange.get(PRINCIPLES + "?q=" + "a".repeat(70_000), "");
        assertThat(line.status()).isEqualTo(414);
        assertThat(line.body()).isEmpty();
        RawExchange headers = RawExchange.get(PRINCIPLES, "X-Big: " + "a".repeat(70_000) + "\r\n");
        assertThat(headers.status()).isEqualTo(431);
    }

    @Test
    void tokensThatAreNotSignedJwtsAreUnauthorizedProblems() {
        String signed = TestTokens.forUser("eva.editor", "editor");
        List<String> refused = List.of("Bearer ..", "Bearer", "Bearer ", "Bearer garbage", "Bearer a.b.c",
                "Bearer " + signed.substring(0, signed.lastIndexOf('.')), "Bearer " + TestTokens.unsigned("eva.editor", "editor"),
                "Bearer " + TestTokens.expired("eva.editor", "editor"), "bearer " + TestTokens.signedWithAnotherKey("eva", "editor"));
        for (String authorization : refused) {
            for (String method : List.of("GET", "POST")) {
                RawExchange answer = RawExchange.send(method + " " + PRINCIPLES + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + authorization + "\r\nContent-Length: 0\r\n\r\n");
                assertThat(answer.status()).as("%s with %s", method, authorization).isEqualTo(401);
                assertThat(answer.header("WWW-Authenticate")).containsExactly("Bearer realm=\"cajaga\", error=\"invalid_token\"");
                assertThat(answer.header("RateLimit-Limit")).hasSize(1);
                JsonNode problem = problems.check(answer);
                assertThat(problem.path("type").asText()).isEqualTo("https://cajaga.mx/problems/unauthorized");
            }
        }
        RawExchange basic = RawExchange.get(PRINCIPLES, "Authorization: Basic Zm9vOmJhcg==\r\n");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.header("WWW-Authenticate")).containsExactly("Bearer realm=\"cajaga\"");
        problems.check(basic);
    }

    @Test
    void refusalsBeforeTheLimitCheckCountAgainstTheCallersBudget() {
        int first = Integer.parseInt(RawExchange.get(PRINCIPLES, "Authorization: Bearer ..\r\n").header("RateLimit-Remaining").get(0));
        int second = Integer.parseInt(RawExchange.get(PRINCIPLES + "?q=%zz", "").header("RateLimit-Remaining").get(0));
        assertThat(second).isEqualTo(first - 1);
    }

    @Test
    void anAnswerThroughTheGatewayNamesItsRequestIdOnce() {
        RawExchange answer = RawExchange.get(PRINCIPLES, "X-Request-Id: portal-77\r\n");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("X-Seen-Request-Id")).containsExactly("portal-77");
        assertThat(answer.header("X-Request-Id")).containsExactly("portal-77");
        RawExchange failed = RawExchange.get("/api/v1/taxonomy/broken", "");
        assertThat(failed.header("X-Request-Id")).hasSize(1);
        problems.check(failed);
    }
}
