package org.cajaga.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole path with real parts: Keycloak tokens, the gateway, the three services and their
 * databases, in the order a catalogue lives: pushed, published, found, scored, classified, discussed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final String PRACTICES = "/api/v1/practices";
    /** Requests the anonymous budget may earn back while the budget test runs (one per six seconds). */
    private static final int REFILL_ALLOWANCE = 30;
    private static final List<String> CRITERIA = List.of("INNOVATION", "ACCOUNTABILITY", "TRANSPARENCY", "RESULTS",
            "INTEGRALITY", "RECOGNITION", "SUSTAINABILITY", "REPLICABILITY", "RELEVANCE", "EVIDENCE", "PARTICIPATION",
            "AGENDA2030");

    private final TraceCollector traces = new TraceCollector();
    private final Stack stack = new Stack(true, Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint(),
            "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"));
    private final List<String> exercised = new ArrayList<>();
    private Tokens tokens;
    private String system;
    private String editor;
    private String practice;
    private WebhookReceiver receiver;
    private String webhookSecret;

    @BeforeAll
    void startTheStack() throws Exception {
        Assumptions.assumeFalse("embedded".equals(System.getenv("CAJAGA_TEST_PG")),
                "the launcher needs the PostgreSQL server at 127.0.0.1:5432");
        stack.start();
        RestAssured.baseURI = stack.gateway();
        tokens = new Tokens(stack.keycloak());
        system = tokens.client("municipal-system-demo", "demo-municipal-secret");
        editor = tokens.user("editor.demo", "editor-demo");
    }

    @AfterAll
    void stopTheStack() throws Exception {
        stack.stop();
        traces.close();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(0)
    void aPortalSubscribesToPublicationsAndClassifications() throws Exception {
        receiver = new WebhookReceiver();
        String portal = tokens.client("portal", "demo-portal-secret");
        Response subscribed = given().auth().oauth2(portal).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("practice.published", "practice.classified",
                        "reflection.published")))
                .post("/api/v1/subscriptions");
        subscribed.then().statusCode(201).body("subscription.status", is("ACTIVE"));
        webhookSecret = subscribed.path("secret");
        assertThat(webhookSecret).startsWith("whsec_");
        exercised.add("post /api/v1/subscriptions");
    }

    @Test
    @Order(1)
    void aGovernmentSystemPushesABatchAndGetsAnExactReportAndARepushChangesNothing() {
        String ndjson = String.join("\n",
                line("E2E-1", "Ejemplo e2e: Participación vecinal en Chihuahua", "08", "08019"),
                "{\"externalId\": \"E2E-2\", \"practice\": {\"summary\": \"sin título\"}}",
                line("E2E-3", "Ejemplo e2e: fuera de su municipio", "21", "21114")) + "\n";
        push("application/x-ndjson", ndjson).then().statusCode(200)
                .body("summary.created", is(1)).body("summary.rejected", is(2))
                .body("records.status", contains("created", "rejected", "rejected"))
                .body("records[1].problems[0].status", is(422))
                .body("records[2].problems[0].type", is("https://cajaga.mx/problems/out-of-scope"));
        push("application/x-ndjson", ndjson).then().statusCode(200)
                .body("summary.created", is(0)).body("summary.unchanged", is(1));

        String csv = "externalId,title,summary,description,stateCode,municipalities,cocreated,principles,sdgTargets\n"
                + "E2E-CSV-1,Ejemplo e2e: cabildo abierto en CSV,Resumen,Descripción de ejemplo,08,08037,true,TRANSPARENCY,16.7\n"
                + "E2E-CSV-2,Ejemplo e2e: fuera de alcance,Resumen,Descripción,21,21114,true,,\n";
        push("text/csv; charset=UTF-8", csv).then().statusCode(200)
                .body("records.status", contains("created", "rejected"))
                .body("records[1].problems[0].status", is(403));
        exercised.add("post " + PRACTICES + ":bulk");
    }

    @Test
    @Order(2)
    void anEditorPublishesAndAnonymousSearchFindsItWithoutAccents() {
        practice = given().auth().oauth2(editor).queryParam("q", "participacion vecinal").queryParam("status", "DRAFT")
                .get(PRACTICES).then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(system).post(PRACTICES + "/" + practice + "/submit").then().statusCode(428);
        String etag = given().auth().oauth2(system).get(PRACTICES + "/" + practice).then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(system).header("If-Match", etag).post(PRACTICES + "/" + practice + "/submit")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(editor).header("If-Match", etag).post(PRACTICES + "/" + practice + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED"));

        given().queryParam("q", "PARTICIPACION").queryParam("facets", "true").get(PRACTICES).then().statusCode(200)
                .body("items.id", hasItem(practice))
                .body("facets.state.'08'", is(1));
        // the portal hears of it before it is classified, so the two events stay apart
        await().atMost(Duration.ofSeconds(60)).until(() -> !receiver.about(practice).isEmpty());
        exercised.addAll(List.of("get " + PRACTICES, "post " + PRACTICES + "/{id}/submit", "post " + PRACTICES + "/{id}/publish"));
    }

    @Test
    @Order(3)
    void twoEvaluatorsScoreItAndTheClassificationReachesThePracticeAndTheStatistics() {
        for (String evaluator : List.of("evaluator.demo", "evaluator2.demo")) {
            String token = tokens.user(evaluator, "evaluator-demo");
            Response draft = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("practiceId", practice,
                    "criteriaSet", "mapeo-2022", "criteriaSetVersion", 1, "kind", "EXPERT_REVIEW",
                    "verdicts", CRITERIA.stream().map(c -> Map.of("criterion", c, "verdict", "MET",
                            "justification", "Revisado en e2e")).toList())).post("/api/v1/evaluations");
            draft.then().statusCode(201);
            given().auth().oauth2(token).header("If-Match", draft.header("ETag"))
                    .post("/api/v1/evaluations/" + draft.path("id") + "/submit").then().statusCode(200);
        }
        given().get("/api/v1/evaluations/practices/" + practice + "/score").then().statusCode(200)
                .body("classification", is("EMBLEMATIC")).body("agreement.evaluations", is(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(PRACTICES + "/" + practice).then()
                .body("classification.value", equalTo("EMBLEMATIC")));
        // both scoring replicas poll the outbox; each classification was sent once
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outboxAttempts(practice))
                .isNotEmpty().allMatch(attempts -> attempts == 1));
        given().get("/api/v1/stats/classifications").then().statusCode(200).body("emblematic", is(1));
        given().get(PRACTICES + "/statistics").then().statusCode(200).body("byClassification.EMBLEMATIC", is(1));
        exercised.addAll(List.of("post /api/v1/evaluations", "post /api/v1/evaluations/{id}/submit",
                "get /api/v1/evaluations/practices/{id}/score", "get /api/v1/stats/classifications",
                "get " + PRACTICES + "/{id}", "get " + PRACTICES + "/statistics"));
    }

    @Test
    @Order(4)
    void thePortalIsToldOfThePublicationThenOfTheClassificationSigned() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(receiver.about(practice))
                .extracting(received -> received.event().getString("type"))
                .containsExactly("mx.cajaga.practice.published", "mx.cajaga.practice.classified"));
        for (WebhookReceiver.Received event : receiver.about(practice)) {
            assertThat(event.signedWith(webhookSecret)).as("signature of %s", event.id()).isTrue();
            assertThat(event.event().getString("id")).isEqualTo(event.id());
            assertThat(event.event().getString("specversion")).isEqualTo("1.0");
            assertThat(event.event().getString("data.link")).endsWith(PRACTICES + "/" + practice);
        }
    }

    @Test
    @Order(5)
    void aMobileUserPostsAReflectionThatAnyoneReadsAndThePortalIsTold() {
        String person = tokens.user("curator.demo", "curator-demo");
        String reflection = given().auth().oauth2(person).contentType(ContentType.JSON)
                .body(Map.of("text", "Nos interesa replicarla en nuestra colonia.", "sector", "CITIZENS"))
                .post(PRACTICES + "/" + practice + "/reflections").then().statusCode(201).extract().path("id");
        given().get(PRACTICES + "/" + practice + "/reflections").then().statusCode(200)
                .body("items[0].text", is("Nos interesa replicarla en nuestra colonia."));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(receiver.about(practice))
                .extracting(received -> received.event().getString("type"))
                .containsExactly("mx.cajaga.practice.published", "mx.cajaga.practice.classified",
                        "mx.cajaga.reflection.published"));
        WebhookReceiver.Received told = receiver.about(practice).get(2);
        assertThat(told.signedWith(webhookSecret)).isTrue();
        assertThat(told.event().getString("data.id")).isEqualTo(reflection);
        String link = told.event().getString("data.link");
        assertThat(link).endsWith(PRACTICES + "/" + practice + "/reflections/" + reflection);
        given().get(PRACTICES + "/" + practice + "/reflections/" + reflection).then().statusCode(200)
                .body("text", is("Nos interesa replicarla en nuestra colonia."));
        exercised.addAll(List.of("post " + PRACTICES + "/{id}/reflections", "get " + PRACTICES + "/{id}/reflections",
                "get " + PRACTICES + "/{id}/reflections/{reflectionId}"));
    }

    @Test
    @Order(6)
    void theMergedOpenApiListsEveryOperationExercised() {
        JsonPath openapi = given().queryParam("format", "json").get("/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<String> documented = paths.entrySet().stream()
                .flatMap(path -> path.getValue().keySet().stream().map(method -> method + " " + path.getKey()))
                .collect(Collectors.toList());
        assertThat(documented).containsAll(exercised);
    }

    @Test
    @Order(7)
    void forgedTokensWrongRolesOtherMunicipalitiesAndStoppedServicesAreRefused() {
        String real = tokens.user("editor.demo", "editor-demo");
        String[] parts = real.split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"editor\"", "\"admin\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        List<String> refused = new ArrayList<>(List.of(none, tampered));
        refused.addAll(TestTokens.refused("editor.demo", "editor"));
        for (String token : refused) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post(PRACTICES).then().statusCode(401)
                    .contentType("application/problem+json");
        }

        String portal = tokens.client("portal", "demo-portal-secret");
        given().auth().oauth2(portal).contentType(ContentType.JSON).body("{}").post("/api/v1/evaluations")
                .then().statusCode(403);
        given().auth().oauth2(system).contentType(ContentType.JSON)
                .body(JsonPath.from(line("E2E-9", "Ejemplo e2e: otra entidad", "21", "21114")).getMap("practice"))
                .post(PRACTICES).then().statusCode(403).body("type", is("https://cajaga.mx/problems/out-of-scope"));

        stack.stopScoringService();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/stats/classifications")
                .then().statusCode(503).contentType("application/problem+json"));
    }

    @Test
    @Order(8)
    void onePushIsOneTraceJoiningTheGatewayPracticesServiceAndTaxonomyService() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpan = HexFormat.of().formatHex(randomBytes(8));
        // Codes no earlier push used, so practices-service has none cached and asks taxonomy-service about them.
        String record = """
                {"title": "Ejemplo e2e: una traza de punta a punta", "summary": "Resumen de ejemplo",
                 "description": "Descripción de ejemplo para seguir un envío entre servicios.",
                 "location": {"stateCode": "19", "municipalities": ["19039"]}, "period": {"start": "2023-01-01"},
                 "coCreation": {"cocreated": true, "how": "Mesas vecinales"},
                 "principles": ["ACCOUNTABILITY"], "lessons": ["INTEGRAL"], "sdgTargets": ["11.3"]}""";
        given().auth().oauth2(system).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01").body(record)
                .put(PRACTICES + "/by-source/demo-chihuahua/E2E-TRACE-1").then().statusCode(201);

        // Each process exports its spans in its own batches, a few seconds apart: wait until the trace is whole.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertOneTrace(traces.trace(traceId), callerSpan));
    }

    private static void assertOneTrace(List<TraceCollector.ReceivedSpan> spans, String callerSpan) {
        assertThat(spans).extracting(TraceCollector.ReceivedSpan::service)
                .contains("gateway", "practices-service", "taxonomy-service");
        Map<String, TraceCollector.ReceivedSpan> byId = spans.stream()
                .collect(Collectors.toMap(TraceCollector.ReceivedSpan::spanId, span -> span, (one, other) -> one));
        assertThat(spans).as("the gateway's span for the request is the caller's child")
                .anyMatch(span -> span.service().equals("gateway") && span.parentSpanId().equals(callerSpan));
        assertThat(spans).as("every other span's parent is in the trace: %s", spans)
                .allMatch(span -> span.parentSpanId().equals(callerSpan) || byId.containsKey(span.parentSpanId()));
        assertThat(spans).as("practices-service continues a gateway span")
                .anyMatch(span -> span.service().equals("practices-service")
                        && byId.get(span.parentSpanId()) != null
                        && byId.get(span.parentSpanId()).service().equals("gateway"));
        assertThat(spans).as("taxonomy-service continues a practices-service span")
                .anyMatch(span -> span.service().equals("taxonomy-service")
                        && byId.get(span.parentSpanId()) != null
                        && byId.get(span.parentSpanId()).service().equals("practices-service"));
        assertThat(spans).as("practices-service's SQL statements are spans of the trace")
                .anyMatch(span -> span.service().equals("practices-service") && span.isDatabaseCall());
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        bytes[0] |= 1;
        return bytes;
    }

    @Test
    @Order(9)
    void aCuratorsRenamingReachesBothPracticesReplicasWithinTheirCacheTime() {
        String principle = "/api/v1/taxonomy/principles/PARTICIPATION";
        List<String> gateways = List.of(stack.gateway(), stack.secondGateway());
        // each practices-service replica reads the vocabulary for the catalogue and keeps it
        gateways.forEach(gateway -> catalogue(gateway).then().statusCode(200));
        Response spanish = given().header("Accept-Language", "es").get(principle);
        Response english = given().header("Accept-Language", "en").get(principle);
        String renamed = "Participacion ciudadana renombrada en e2e";
        String englishName = english.path("name");
        String spanishDescription = spanish.path("description");
        String englishDescription = english.path("description");
        int position = spanish.path("position");
        given().auth().oauth2(tokens.user("curator.demo", "curator-demo")).header("If-Match", spanish.header("ETag"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("es", renamed, "en", englishName),
                        "description", Map.of("es", spanishDescription, "en", englishDescription), "position", position))
                .put(principle).then().statusCode(200);
        await().atMost(Stack.TAXONOMY_CACHE_TIME.multipliedBy(6)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> gateways.forEach(gateway -> assertThat(catalogue(gateway).asString())
                        .as(gateway).contains(renamed)));
    }

    private Response catalogue(String gateway) {
        return given().baseUri(gateway).auth().oauth2(editor).accept("text/turtle").get("/api/v1/catalog");
    }

    @Test
    @Order(10)
    void aBulkPushRetriedThroughTheOtherGatewayIsDoneOnce() {
        String ndjson = line("E2E-RETRY", "Ejemplo e2e: reintento por otra réplica", "08", "08019") + "\n";
        String key = UUID.randomUUID().toString();
        Response first = push(stack.gateway(), key, ndjson);
        first.then().statusCode(200).body("summary.created", is(1));
        Response retried = push(stack.secondGateway(), key, ndjson);
        retried.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retried.asString()).isEqualTo(first.asString());
        given().auth().oauth2(editor).queryParam("q", "reintento por otra replica").queryParam("status", "DRAFT")
                .get(PRACTICES).then().statusCode(200).body("items.size()", is(1));
    }

    @Test
    @Order(11)
    void bothGatewaysDrawOnOneBudget() {
        List<String> gateways = List.of(stack.gateway(), stack.secondGateway());
        int served = 0;
        int firstRemaining = -1;
        boolean[] refused = new boolean[2];
        for (int request = 0; request < 4 * Stack.ANONYMOUS_BUDGET && !(refused[0] && refused[1]); request++) {
            int which = request % 2;
            Response answer = given().baseUri(gateways.get(which)).get("/api/v1/taxonomy/principles");
            if (answer.statusCode() == 429) {
                refused[which] = true;
                answer.then().contentType("application/problem+json").header("Retry-After", notNullValue());
                continue;
            }
            answer.then().statusCode(200);
            served++;
            if (firstRemaining < 0) {
                firstRemaining = Integer.parseInt(answer.header("RateLimit-Remaining"));
            }
        }
        assertThat(refused).as("both gateways refused once the budget was used").containsExactly(true, true);
        // One budget: what both served is what the first answer said remained (and the little that refilled
        // meanwhile); two budgets would have served about twice as much.
        assertThat(served).isBetween(1, firstRemaining + 1 + REFILL_ALLOWANCE);
    }

    /** Each classification-outbox row's attempts for {@code practice}, read from scoring-service's database. */
    private List<Integer> outboxAttempts(String practice) throws Exception {
        List<Integer> attempts = new ArrayList<>();
        try (Connection scoring = DriverManager.getConnection(stack.database("scoring"));
             PreparedStatement rows = scoring.prepareStatement("select attempts from classification_outbox "
                     + "where practice_id = cast(? as uuid) and delivered_at is not null")) {
            rows.setString(1, practice);
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    attempts.add(row.getInt(1));
                }
            }
        }
        return attempts;
    }

    private Response push(String gateway, String idempotencyKey, String ndjson) {
        return given().baseUri(gateway).auth().oauth2(system).header("Idempotency-Key", idempotencyKey)
                .contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "demo-chihuahua").urlEncodingEnabled(false).post(PRACTICES + ":bulk");
    }

    private Response push(String contentType, String body) {
        return given().auth().oauth2(system).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "demo-chihuahua").urlEncodingEnabled(false).post(PRACTICES + ":bulk");
    }

    private static String line(String externalId, String title, String state, String municipality) {
        return ("{\"externalId\": \"%s\", \"practice\": {\"title\": \"%s\", \"summary\": \"Resumen de ejemplo\", "
                + "\"description\": \"Descripción de ejemplo para las pruebas de punta a punta.\", "
                + "\"location\": {\"stateCode\": \"%s\", \"municipalities\": [\"%s\"]}, "
                + "\"period\": {\"start\": \"2022-01-01\"}, \"coCreation\": {\"cocreated\": true, \"how\": \"Mesas vecinales\"}, "
                + "\"principles\": [\"PARTICIPATION\"], \"lessons\": [\"COCREATION\"], \"sdgTargets\": [\"16.7\"]}}")
                .formatted(externalId, title, state, municipality);
    }
}
