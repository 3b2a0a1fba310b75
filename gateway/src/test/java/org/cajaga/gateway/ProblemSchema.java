package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The merged document's {@code components.schemas.Problem}, as the gateway under test serves it, and the
 * checks every problem the gateway answers with must pass: valid against that schema, the status of the
 * answer, a type of the vocabulary, a detail in words, the answer's request id, no framework text.
 */
final class ProblemSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaValidator validator;
    private final Schema<?> problem;

    private ProblemSchema(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI openApi = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        this.validator = new SchemaValidator(openApi, new MessageResolver());
        this.problem = openApi.getComponents().getSchemas().get("Problem");
        assertThat(problem).as("components.schemas.Problem of the merged document").isNotNull();
    }

    static ProblemSchema ofMergedDocument() {
        return new ProblemSchema(given().queryParam("format", "json").get("/openapi").then().statusCode(200)
                .extract().asString());
    }

    /** Checks {@code body}, answered with {@code status} and {@code requestId}, and gives it back as JSON. */
    JsonNode check(int status, String requestId, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException notJson) {
            throw new UncheckedIOException("Not JSON: " + body, notJson);
        }
        ValidationReport report = validator.validate(() -> json, problem, "problem");
        assertThat(report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage).collect(Collectors.toList()))
                .as("%s against components.schemas.Problem", body).isEmpty();
        assertThat(json.path("status").asInt()).isEqualTo(status);
        assertThat(json.path("type").asText()).startsWith("https://cajaga.mx/problems/");
        assertThat(json.path("detail").asText()).isNotBlank();
        assertThat(json.path("requestId").asText()).isEqualTo(requestId);
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("java.").doesNotContainIgnoringCase("vertx")
                .doesNotContainIgnoringCase("quarkus").doesNotContain("<html");
        return json;
    }

    /** Checks a raw answer: a problem of its status, with one request id. */
    JsonNode check(RawExchange answer) {
        assertThat(answer.header("Content-Type")).containsExactly("application/problem+json");
        assertThat(answer.header("X-Request-Id")).hasSize(1);
        return check(answer.status(), answer.header("X-Request-Id").get(0), answer.body());
    }

    /** Checks a RestAssured answer the same way. */
    JsonNode check(io.restassured.response.Response answer) {
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.headers().getList("X-Request-Id")).hasSize(1);
        return check(answer.statusCode(), answer.header("X-Request-Id"), answer.asString());
    }
}
