package org.cajaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cajaga.client.ApiException;
import org.cajaga.client.ApiResponse;
import org.cajaga.client.api.EvaluationsApi;
import org.cajaga.client.api.GovernmentPushApi;
import org.cajaga.client.api.PracticesApi;
import org.cajaga.client.api.PublicationWorkflowApi;
import org.cajaga.client.api.ScoresApi;
import org.cajaga.client.api.SearchApi;
import org.cajaga.client.model.BulkPushPracticesRequest;
import org.cajaga.client.model.BulkRecordReport;
import org.cajaga.client.model.BulkReport;
import org.cajaga.client.model.Classification;
import org.cajaga.client.model.CoCreation;
import org.cajaga.client.model.CriterionVerdict;
import org.cajaga.client.model.Evaluation;
import org.cajaga.client.model.EvaluationInput;
import org.cajaga.client.model.EvaluationKind;
import org.cajaga.client.model.EvaluationStatus;
import org.cajaga.client.model.Location;
import org.cajaga.client.model.Period;
import org.cajaga.client.model.Practice;
import org.cajaga.client.model.PracticeInput;
import org.cajaga.client.model.PracticePatch;
import org.cajaga.client.model.PracticeStatus;
import org.cajaga.client.model.Score;
import org.cajaga.client.model.SearchPage;
import org.cajaga.client.model.Verdict;
import org.cajaga.e2e.examples.FindPractices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an integrator does with the published document, against the real stack: the Java client generated
 * from the merged OpenAPI (push, create, merge-patch, publish, search, score), the root README's Java and
 * TypeScript examples, and Swagger UI in a real browser with a Keycloak login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegratorIT {

    private static final List<String> CRITERIA = List.of("INNOVATION", "ACCOUNTABILITY", "TRANSPARENCY", "RESULTS",
            "INTEGRALITY", "RECOGNITION", "SUSTAINABILITY", "REPLICABILITY", "RELEVANCE", "EVIDENCE", "PARTICIPATION",
            "AGENDA2030");
    private static final String PUBLISHED_TITLE = "Cliente generado: presupuesto participativo en Juárez";

    private final Stack stack = new Stack();
    private Tokens tokens;
    private Clients clients;
    private String editor;
    private Practice published;

    @BeforeAll
    void startTheStack() throws Exception {
        Assumptions.assumeFalse("embedded".equals(System.getenv("CAJAGA_TEST_PG")),
                "the launcher needs the PostgreSQL server at 127.0.0.1:5432");
        stack.start();
        tokens = new Tokens(stack.keycloak());
        clients = new Clients(stack.gateway());
        editor = tokens.user("editor.demo", "editor-demo");
    }

    @AfterAll
    void stopTheStack() throws Exception {
        stack.stop();
    }

    @Test
    @Order(1)
    void aGovernmentSystemPushesAnNdjsonRecordThroughTheGeneratedClient() throws ApiException {
        GovernmentPushApi push = new GovernmentPushApi(clients.bearer(tokens.client("municipal-system-demo", "demo-municipal-secret")));
        BulkPushPracticesRequest line = new BulkPushPracticesRequest().externalId("CLIENT-1")
                .practice(practice("Cliente generado: cabildo abierto en Chihuahua", "08019"));

        BulkReport report = push.bulkPushPractices(GovernmentPushApi.APIBulkPushPracticesRequest.newBuilder()
                .source("demo-chihuahua").bulkPushPracticesRequest(line).build());

        assertThat(report.getSummary().getCreated()).isEqualTo(1);
        assertThat(report.getRecords()).singleElement().satisfies(record -> {
            assertThat(record.getStatus()).isEqualTo(BulkRecordReport.StatusEnum.CREATED);
            assertThat(record.getExternalId()).isEqualTo("CLIENT-1");
        });
    }

    @Test
    @Order(2)
    void anEditorCreatesMergePatchesSubmitsAndPublishesThroughTheGeneratedClient() throws ApiException {
        PracticesApi practices = new PracticesApi(clients.bearer(editor));
        ApiResponse<Practice> created = practices.createPracticeWithHttpInfo(PracticesApi.APICreatePracticeRequest.newBuilder()
                .practiceInput(practice(PUBLISHED_TITLE, "08037")).build());
        assertThat(created.getStatusCode()).isEqualTo(201);
        Practice draft = created.getData();
        assertThat(draft.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(Clients.header(created, "Location")).endsWith("/api/v1/practices/" + draft.getId());

        ApiResponse<Practice> patched = practices.patchPracticeWithHttpInfo(PracticesApi.APIPatchPracticeRequest.newBuilder()
                .id(draft.getId()).ifMatch(Clients.etag(created))
                .practicePatch(new PracticePatch().summary("Resumen corregido con JSON Merge Patch")).build());
        assertThat(patched.getData().getSummary()).isEqualTo("Resumen corregido con JSON Merge Patch");
        assertThat(patched.getData().getTitle()).isEqualTo(PUBLISHED_TITLE);
        assertThatThrownBy(() -> practices.patchPractice(PracticesApi.APIPatchPracticeRequest.newBuilder()
                .id(draft.getId()).ifMatch(Clients.etag(created)).practicePatch(new PracticePatch().summary("Tarde")).build()))
                .isInstanceOfSatisfying(ApiException.class, stale -> assertThat(stale.getCode()).isEqualTo(412));

        PublicationWorkflowApi workflow = new PublicationWorkflowApi(clients.bearer(editor));
        ApiResponse<Practice> submitted = workflow.submitPracticeWithHttpInfo(PublicationWorkflowApi.APISubmitPracticeRequest
                .newBuilder().id(draft.getId()).ifMatch(Clients.etag(patched)).build());
        assertThat(submitted.getData().getStatus()).isEqualTo(PracticeStatus.SUBMITTED);
        published = workflow.publishPractice(PublicationWorkflowApi.APIPublishPracticeRequest.newBuilder()
                .id(draft.getId()).ifMatch(Clients.etag(submitted)).build());
        assertThat(published.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
    }

    @Test
    @Order(3)
    void anyoneListsWithFiltersAndFacetsAndGetsOneThroughTheGeneratedClient() throws ApiException {
        SearchPage page = new SearchApi(clients.anonymous()).listPractices(SearchApi.APIListPracticesRequest.newBuilder()
                .q("presupuesto participativo").state(List.of("08")).facets(true).limit(10).build());
        assertThat(page.getItems()).extracting(Practice::getId).containsExactly(published.getId());
        assertThat(page.getFacets().getState()).containsEntry("08", 1L);

        SearchPage drafts = new SearchApi(clients.bearer(editor)).listPractices(SearchApi.APIListPracticesRequest.newBuilder()
                .status(List.of(PracticeStatus.DRAFT)).municipality(List.of("08019")).build());
        assertThat(drafts.getItems()).extracting(Practice::getTitle).containsExactly("Cliente generado: cabildo abierto en Chihuahua");

        Practice read = new PracticesApi(clients.anonymous()).getPractice(PracticesApi.APIGetPracticeRequest.newBuilder()
                .id(published.getId()).build());
        assertThat(read.getTitle()).isEqualTo(PUBLISHED_TITLE);
        assertThat(read.getSummary()).isEqualTo("Resumen corregido con JSON Merge Patch");
    }

    @Test
    @Order(4)
    void twoEvaluatorsScoreItThroughTheGeneratedClient() throws ApiException {
        for (String evaluator : List.of("evaluator.demo", "evaluator2.demo")) {
            EvaluationsApi evaluations = new EvaluationsApi(clients.bearer(tokens.user(evaluator, "evaluator-demo")));
            ApiResponse<Evaluation> draft = evaluations.createEvaluationWithHttpInfo(EvaluationsApi.APICreateEvaluationRequest
                    .newBuilder().evaluationInput(new EvaluationInput().practiceId(published.getId()).criteriaSet("mapeo-2022")
                            .criteriaSetVersion(1).kind(EvaluationKind.EXPERT_REVIEW)
                            .verdicts(CRITERIA.stream().map(criterion -> new CriterionVerdict().criterion(criterion)
                                    .verdict(Verdict.MET).justification("Revisado con el cliente generado")).toList()))
                    .build());
            assertThat(draft.getStatusCode()).isEqualTo(201);
            Evaluation submitted = evaluations.submitEvaluation(EvaluationsApi.APISubmitEvaluationRequest.newBuilder()
                    .id(draft.getData().getId()).ifMatch(Clients.etag(draft)).build());
            assertThat(submitted.getStatus()).isEqualTo(EvaluationStatus.SUBMITTED);
        }

        Score score = new ScoresApi(clients.anonymous()).getPracticeScore(ScoresApi.APIGetPracticeScoreRequest.newBuilder()
                .id(published.getId()).build());
        assertThat(score.getClassification()).isEqualTo(Classification.EMBLEMATIC);
        assertThat(score.getAgreement().getEvaluations()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void theReadmesJavaExampleFindsThePublishedPractice() throws ApiException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FindPractices.run(stack.gateway(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains(published.getId() + "  " + PUBLISHED_TITLE).contains("By state: {08=1}");
    }

    @Test
    @Order(6)
    void theReadmesTypeScriptExampleFindsThePublishedPracticeWithNode() throws Exception {
        Path example = Stack.ROOT.resolve("e2e/target/typescript/typescript/find-practices.js");
        assertThat(example).as("compiled by tsc in the build").exists();
        Path printed = Files.createTempFile("find-practices", ".txt");
        ProcessBuilder node = new ProcessBuilder("node", example.toString(), stack.gateway())
                .redirectErrorStream(true).redirectOutput(printed.toFile());
        Process run = node.start();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(printed);
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains(published.getId() + "  " + PUBLISHED_TITLE).contains("By state: {\"08\":1}");
    }

    @Test
    @Order(7)
    void swaggerUiSignsInWithKeycloakAndTriesOutListDraftsAndCreatePractice() {
        Assumptions.assumeTrue(Files.isExecutable(SwaggerUi.CHROMIUM) && Files.isExecutable(SwaggerUi.CHROMEDRIVER),
                "Debian's chromium and chromium-driver (.ci/run installs them)");
        KeycloakAdmin keycloak = new KeycloakAdmin(stack.keycloak());
        keycloak.allowSwaggerUiAt(stack.gateway());
        try (SwaggerUi swaggerUi = new SwaggerUi()) {
            swaggerUi.open(stack.gateway());
            swaggerUi.signIn("editor.demo", "editor-demo");

            assertThat(swaggerUi.tryOut("listPractices", "status", "DRAFT", "05-list-drafts")).isEqualTo("200");
            assertThat(swaggerUi.requestUrl("listPractices")).isEqualTo(stack.gateway() + "/api/v1/practices?limit=50&status=DRAFT");
            assertThat(swaggerUi.liveResponseBody("listPractices")).contains("Cliente generado: cabildo abierto en Chihuahua");

            assertThat(swaggerUi.tryOutExample("createPractice", "06-create-practice")).isEqualTo("201");
        } finally {
            keycloak.restoreSwaggerUi();
        }
    }

    private static PracticeInput practice(String title, String municipality) {
        return new PracticeInput().title(title).summary("Resumen de ejemplo")
                .description("Descripción de ejemplo para las pruebas del cliente generado.")
                .location(new Location().stateCode("08").municipalities(List.of(municipality)))
                .period(new Period().start(LocalDate.of(2022, 1, 1)))
                .coCreation(new CoCreation().cocreated(true).how("Mesas vecinales"))
                .principles(List.of("PARTICIPATION")).lessons(List.of("COCREATION")).sdgTargets(List.of("16.7"));
    }
}
