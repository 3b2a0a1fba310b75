package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anonymousReadsPassWithRequestIdAndForwardedHeaders() {
        given().get("/api/v1/taxonomy/principles?limit=5").then().statusCode(200)
                .body("items[0].code", is("TRANSPARENCY"))
                .body("path", is("/api/v1/taxonomy/principles?limit=5"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("X-Seen-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("X-Seen-Forwarded-For", notNullValue());
        given().header("X-Request-Id", "portal-123").get("/api/v1/taxonomy/principles").then()
                .header("X-Request-Id", "portal-123").header("X-Seen-Request-Id", "portal-123");
    }

    @Test
    void theCatalogueIsRoutedToPracticesService() {
        given().accept("text/turtle").get("/api/v1/catalog").then().statusCode(200).contentType("text/turtle")
                .body(containsString("dcat#Catalog"));
    }

    @Test
    void suggestionsForAMunicipalityGoToPracticesServiceAndTheRestOfItsPathToTaxonomyService() {
        given().get("/api/v1/taxonomy/municipalities/08019/suggestions?problem=agua").then().statusCode(200)
                .body("servedBy", is("practices"))
                .body("path", is("/api/v1/taxonomy/municipalities/08019/suggestions?problem=agua"));
        given().get("/api/v1/taxonomy/municipalities/abc/suggestions").then().statusCode(200)
                .body("servedBy", is("practices"));
        given().get("/api/v1/taxonomy/municipalities/08019").then().statusCode(200).body("servedBy", is("taxonomy"));
        given().get("/api/v1/taxonomy/municipalities/08019/history").then().statusCode(200).body("servedBy", is("taxonomy"));
        given().get("/api/v1/taxonomy/municipalities/08019/suggestions/more").then().statusCode(200)
                .body("servedBy", is("taxonomy"));
    }

    @Test
    void theTokenIsForwardedSoServicesCheckItAgain() {
        String token = TestTokens.forUser("carla.curator", "curator");
        given().auth().oauth2(token).get("/api/v1/taxonomy/principles").then().statusCode(200)
                .header("X-Seen-Authorization", "Bearer " + token);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post("/api/v1/taxonomy/sectors").then()
                .statusCode(403).contentType(PROBLEM).body("title", is("Acceso denegado"));
    }

    @Test
    void anonymousWritesAreRefusedAtTheGateway() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/practices").then().statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"))
                .body("title", is("Autenticación requerida")).body("requestId", notNullValue());
    }

    @Test
    void forgedExpiredAndForeignTokensAreUnauthorizedEvenForReads() {
        for (String token : TestTokens.refused("eva.editor", "editor")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post("/api/v1/practices").then()
                    .statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("invalid_token"));
            given().auth().oauth2(token).get("/api/v1/taxonomy/principles").then().statusCode(401);
        }
    }

    @Test
    void bodiesPassThroughWhole() {
        byte[] body = "x".repeat(3_000_000).getBytes(StandardCharsets.US_ASCII);
        given().auth().oauth2(TestTokens.forUser("gov", "integrator")).contentType("application/x-ndjson").body(body)
                .urlEncodingEnabled(false).post("/api/v1/practices:bulk?source=s").then().statusCode(200)
                .body("method", is("POST")).header("X-Seen-Length", "3000000");
    }

    @Test
    void uploadsThatAskToContinueAreToldToAtOnce() throws Exception {
        // curl and other clients send "Expect: 100-continue" before a large body and wait for the answer
        // (curl: one second, then it sends anyway).
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out.write(("POST /api/v1/practices:bulk?source=s HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestTokens.forUser("gov", "integrator") + "\r\n"
                    + "Content-Type: application/x-ndjson\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 100 Continue");
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status;
            do {
                status = in.readLine();
            } while (status != null && !status.startsWith("HTTP/1.1 2"));
            assertThat(status).isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void upstreamFailuresBecomeProblems() {
        ProblemSchema problems = ProblemSchema.ofMergedDocument();
        problems.check(given().header("Accept-Language", "en").get("/api/v1/evaluations/anything").then().statusCode(503)
                .contentType(PROBLEM).header("Retry-After", matchesPattern("[0-9]+"))
                .body("title", is("Service unavailable")).body("requestId", notNullValue()).extract().response());
        problems.check(given().get("/api/v1/taxonomy/slow").then().statusCode(504).contentType(PROBLEM)
                .body("title", is("El servicio interno no respondió a tiempo")).extract().response());
        problems.check(given().get("/api/v1/taxonomy/broken").then().statusCode(502).contentType(PROBLEM)
                .body(not(containsString("NullPointerException"))).extract().response());
    }

    @Test
    void readsTimeOutSoonerThanWritesOnTheSameRoute() {
        // The stub answers after 3.5 s: past the route's read timeout (2 s), within its write timeout (8 s). The 504
        // of the read is the proof; no wall-clock bound, which a loaded build machine breaks.
        ProblemSchema.ofMergedDocument().check(given().header("Accept-Language", "en").get("/api/v1/practices/slow")
                .then().statusCode(504).contentType(PROBLEM)
                .body("detail", containsString("'practices'")).extract().response());
        given().auth().oauth2(TestTokens.forUser("eva.editor", "editor")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/practices/slow").then().statusCode(200).body("method", is("POST"));
    }

    @Test
    void corsAllowsConfiguredOriginsOnly() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/practices").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/practices").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aDownUpstreamLeavesTheGatewayReadyAndShowsInTheUpstreamsGroup() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", contains("token-verification"));
        given().get("/q/health/group/upstreams").then().statusCode(503).body("status", is("DOWN"))
                .body("checks[0].data.taxonomy", containsString("UP"))
                .body("checks[0].data.evaluations", containsString("DOWN"));
    }
}
