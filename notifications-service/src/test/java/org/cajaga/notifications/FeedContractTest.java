package org.cajaga.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The feed stub is practices-service's real API shape: every request the follower sent it and every page
 * it answered (records, classifications, cursors, removals) is valid against the OpenAPI document
 * practices-service's build writes (build it first: {@code ./mvnw -pl practices-service -am install -DskipTests}).
 */
@QuarkusTest
class FeedContractTest {

    private static final Path DOCUMENT = Path.of("..", "practices-service", "target", "openapi", "openapi.json");

    @Inject
    FollowerProbe follower;

    @Test
    void theFollowersRequestsAndTheStubsPagesMatchPracticesServicesDocument() throws Exception {
        assertThat(DOCUMENT).as("Build practices-service first (it writes target/openapi)").exists();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(Files.readString(DOCUMENT)).build();
        String municipality = Municipalities.unique();
        UUID classified = FeedStub.FEED.publish(municipality, "PARTICIPATION");
        FeedStub.FEED.classify(classified, "EMBLEMATIC");
        UUID removed = FeedStub.FEED.publish(municipality, "TRANSPARENCY");
        List<UUID> more = List.of(FeedStub.FEED.publish(municipality, "PARTICIPATION"),
                FeedStub.FEED.publish(municipality, "PARTICIPATION"), FeedStub.FEED.publish(municipality, "PARTICIPATION"));
        follower.awaitPublic(classified, removed);
        follower.awaitPublic(more.toArray(UUID[]::new));
        FeedStub.FEED.remove(removed, "ARCHIVED");
        await().atMost(Duration.ofSeconds(30)).until(() -> follower.events(removed) == 2);

        List<FeedStub.Exchange> served = List.copyOf(FeedStub.SERVED);
        assertThat(served).anySatisfy(exchange -> assertThat(new String(exchange.body(), StandardCharsets.UTF_8))
                .contains("\"next\"").contains("EMBLEMATIC"));
        assertThat(served).anySatisfy(exchange -> assertThat(new String(exchange.body(), StandardCharsets.UTF_8))
                .contains("\"ARCHIVED\""));
        for (FeedStub.Exchange exchange : served) {
            SimpleRequest.Builder request = SimpleRequest.Builder.get(exchange.path());
            for (String pair : exchange.rawQuery().split("&")) {
                int equals = pair.indexOf('=');
                request.withQueryParam(pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            Request sent = request.build();
            ValidationReport report = validator.validate(sent, SimpleResponse.Builder.ok()
                    .withContentType("application/json").withHeader("X-Request-Id", "test").withHeader("ETag", "\"1\"")
                    .withBody(new String(exchange.body(), StandardCharsets.UTF_8)).build());
            assertThat(report.getMessages()).as(exchange.rawQuery()).isEmpty();
        }
    }
}
