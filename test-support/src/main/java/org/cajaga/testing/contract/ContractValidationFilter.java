package org.cajaga.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the OpenAPI document the truth of every RestAssured call a test makes to the application under
 * test: the answer must be one the document describes (status, media type, schema, headers), and a
 * request the document forbids must not succeed. A request that breaks the document is fine when the
 * answer refuses it (4xx): the test sent bad input on purpose, and the refusal is itself validated.
 */
public final class ContractValidationFilter implements OrderedFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final AtomicInteger VALIDATED = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractValidationFilter::report));
    }

    /** Says how many calls were validated, on the console and in target/contract-validated-calls.txt. */
    private static void report() {
        int validated = VALIDATED.get();
        if (validated == 0) {
            return;
        }
        System.out.println("[contract] " + validated + " calls validated against the OpenAPI document");
        try {
            Files.writeString(Path.of("target", "contract-validated-calls.txt"), validated + "\n");
        } catch (IOException unwritable) {
            System.out.println("[contract] count not written: " + unwritable.getMessage());
        }
    }

    private final ServedDocuments documents = new ServedDocuments();

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        URI uri = URI.create(request.getURI());
        Response response = context.next(request, responseSpec);
        if (!uri.getPath().startsWith("/api/")) {
            return response;
        }
        OpenApiInteractionValidator validator = documents.validatorFor(uri);
        if (validator == null) {
            return response;
        }
        Request apiRequest = request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2
                && !request.getHeaders().hasHeaderWithName("Authorization")
                ? new WithBearer(RestAssuredRequest.of(request), oauth2.getAccessToken()) : RestAssuredRequest.of(request);
        if (Reports.outsideTheDocument(validator.validateRequest(apiRequest))) {
            requireRoutingProblem(request, uri, response);
            VALIDATED.incrementAndGet();
            return response;
        }
        ValidationReport answer = Reports.withoutEmptyStream(validator.validateResponse(apiRequest.getPath(),
                apiRequest.getMethod(), RestAssuredResponse.of(response)), response);
        ValidationReport asked = validator.validateRequest(apiRequest);
        StringBuilder failures = new StringBuilder();
        if (answer.hasErrors()) {
            failures.append("the answer is not what the document describes:\n").append(Reports.describe(answer));
        }
        if (asked.hasErrors() && response.statusCode() < 400) {
            failures.append("the service accepted (").append(response.statusCode())
                    .append(") a request the document forbids:\n").append(Reports.describe(asked));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("OpenAPI contract broken by " + request.getMethod() + " " + uri + " → "
                    + response.statusCode() + ":\n" + failures + "\nbody: " + Reports.abbreviate(response.asString()));
        }
        VALIDATED.incrementAndGet();
        return response;
    }

    /** A path or method the document does not have can only be answered with a 404 or 405 problem. */
    private static void requireRoutingProblem(FilterableRequestSpecification request, URI uri, Response response) {
        String type = response.contentType() == null ? "" : response.contentType();
        if ((response.statusCode() != 404 && response.statusCode() != 405) || !type.startsWith(PROBLEM)) {
            throw new AssertionError("OpenAPI contract broken by " + request.getMethod() + " " + uri + " → "
                    + response.statusCode() + ": the document has no such operation, so the answer must be a 404 or 405 "
                    + PROBLEM + ", not " + type + "\nbody: " + Reports.abbreviate(response.asString()));
        }
    }
}
