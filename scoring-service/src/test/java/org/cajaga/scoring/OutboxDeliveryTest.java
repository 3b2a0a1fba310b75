package org.cajaga.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.submitted;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The outbox holds no lock while it calls practices-service, shares rows by leases and resumes at once after an outage. */
@QuarkusTest
class OutboxDeliveryTest {

    @InjectUpstream
    WireMockServer upstream;

    @Test
    void afterAnOutageEveryWaitingClassificationArrivesWithinSecondsNotAfterItsBackoff() {
        PracticeStubs.classificationEndpoint(Fault.CONNECTION_RESET_BY_PEER);
        List<UUID> practices = List.of(PracticeStubs.published(false), PracticeStubs.published(true),
                PracticeStubs.published(false));
        try {
            for (UUID practice : practices) {
                submitted(evaluator("ana"), practice, 1, Set.of());
                submitted(evaluator("beto"), practice, 1, Set.of());
            }
            upstream.stop();
            // Six failed attempts: with the doubling backoff alone (1 s, 2 s, ...) the next would wait 32 s more.
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> practices.stream().allMatch(practice -> OutboxProbe.attempts(practice) >= 6));
            assertThat(practices).noneMatch(OutboxProbe::delivered);
        } finally {
            if (!upstream.isRunning()) {
                upstream.start();
            }
            PracticeStubs.classificationEndpointUp();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> practices.stream().allMatch(OutboxProbe::delivered));
    }

    @Test
    void noRowLockIsHeldWhilePracticesServiceHandlesTheClassification() {
        UUID practice = PracticeStubs.published(true);
        PracticeStubs.wireMock().register(put(urlEqualTo("/api/v1/practices/" + practice + "/classification"))
                .willReturn(aResponse().withTransformers(OutboxRowLock.NAME)
                        .withTransformerParameter("jdbcUrl", setting("quarkus.datasource.jdbc.url"))
                        .withTransformerParameter("user", setting("quarkus.datasource.username"))));
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of());

        await().atMost(Duration.ofSeconds(15)).until(() -> OutboxProbe.delivered(practice));
        List<String> locks = PracticeStubs.wireMock().getServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals("/api/v1/practices/" + practice + "/classification"))
                .map(ServeEvent::getResponse).map(response -> response.getHeaders().getHeader(OutboxRowLock.HEADER).firstValue())
                .toList();
        assertThat(locks).containsOnly("free");
    }

    @Test
    void theClaimOfAReplicaThatStoppedReturnsWhenItsLeaseRunsOut() {
        UUID practice = PracticeStubs.published(false);
        PracticeStubs.classificationOfPracticeAnswers(practice, 503);
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of());
        await().atMost(Duration.ofSeconds(15)).until(() -> OutboxProbe.attempts(practice) >= 1);

        Instant leaseEnd = await().atMost(Duration.ofSeconds(15))
                .until(() -> OutboxProbe.claimedByAStoppedReplica(practice, Duration.ofSeconds(3)), Optional::isPresent)
                .orElseThrow();
        Instant switchedOn = Instant.now();
        PracticeStubs.classificationOfPracticeAnswers(practice, 200);

        await().atMost(Duration.ofSeconds(20)).until(() -> OutboxProbe.delivered(practice));
        List<Instant> sentSince = PracticeStubs.classificationsSent(practice).stream().map(LoggedRequest::getLoggedDate)
                .map(Date::toInstant).filter(sent -> sent.isAfter(switchedOn)).toList();
        assertThat(sentSince).isNotEmpty().allMatch(sent -> !sent.isBefore(leaseEnd));
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
