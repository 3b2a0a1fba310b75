package org.cajaga.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.submitted;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.cajaga.testing.metrics.DashboardMetrics;
import org.cajaga.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

/** The outbox as /q/metrics shows it: a backlog that grows while practices-service refuses, and drains after. */
@QuarkusTest
class OutboxMetricsTest {

    private static final String BACKLOG = "cajaga_scoring_outbox_backlog";
    private static final String OLDEST = "cajaga_scoring_outbox_oldest_age_seconds";
    private static final String DELIVERIES = "cajaga_scoring_outbox_deliveries_total";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void aBacklogShowsWhileDeliveriesFailAndDrainsOnceTheyPass() {
        UUID practice = PracticeStubs.published(true);
        PracticeStubs.classificationOfPracticeAnswers(practice, 503);
        Scrape before = Scrape.now();
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of());

        await().atMost(PATIENCE).until(() -> {
            Scrape now = Scrape.now();
            return now.value(BACKLOG) >= 1 && now.value(OLDEST) > 0
                    && now.value(DELIVERIES, "outcome", "retrying") > before.value(DELIVERIES, "outcome", "retrying");
        });
        double waiting = Scrape.now().value(BACKLOG);
        assertThat(OutboxProbe.delivered(practice)).isFalse();

        PracticeStubs.classificationOfPracticeAnswers(practice, 200);
        await().atMost(PATIENCE).until(() -> OutboxProbe.delivered(practice));
        await().atMost(PATIENCE).until(() -> Scrape.now().value(BACKLOG) <= waiting - 1);
        assertThat(Scrape.now().value(DELIVERIES, "outcome", "delivered"))
                .isGreaterThan(before.value(DELIVERIES, "outcome", "delivered"));
    }

    @Test
    void aClassificationRefusedForGoodCountsAsRefused() {
        UUID practice = PracticeStubs.published(false);
        PracticeStubs.classificationOfPracticeAnswers(practice, 404);
        double refused = Scrape.now().value(DELIVERIES, "outcome", "refused");
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of());

        await().atMost(PATIENCE).until(() -> Scrape.now().value(DELIVERIES, "outcome", "refused") >= refused + 1);
    }

    @Test
    void everyScoringMetricTheDashboardQueriesIsServed() {
        DashboardMetrics.assertServed("scoring");
    }
}
