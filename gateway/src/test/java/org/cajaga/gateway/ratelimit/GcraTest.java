package org.cajaga.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The algorithm both counters run: bursts up to the limit, then one request per period / limit. */
class GcraTest {

    @Test
    void aBurstUpToTheLimitPassesAndTheNextWaits() {
        MemoryCounters counters = new MemoryCounters();
        Budget budget = new Budget("client:portal", "client", 3, 60_000);
        assertThat(counters.hit(budget, 0).remaining()).isEqualTo(2);
        assertThat(counters.hit(budget, 0).remaining()).isEqualTo(1);
        assertThat(counters.hit(budget, 0).remaining()).isZero();
        Decision refused = counters.hit(budget, 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(refused.resetSeconds()).isEqualTo(60);
        assertThat(counters.hit(budget, 19_999).allowed()).isFalse();
        assertThat(counters.hit(budget, 20_000).allowed()).isTrue();
    }

    @Test
    void afterTheBurstRequestsPassAtTheSteadyRate() {
        MemoryCounters counters = new MemoryCounters();
        Budget budget = new Budget("ip:203.0.113.7", "ip", 10, 60_000);
        List<Double> allowedAt = new ArrayList<>();
        for (int second = 0; second < 400; second++) {
            for (int burst = 0; burst < 7; burst++) {
                double now = second * 1000.0 + burst;
                if (counters.hit(budget, now).allowed()) {
                    allowedAt.add(now);
                }
            }
        }
        assertThat(allowedAt.subList(0, 10)).allMatch(at -> at < 2000);
        for (int i = 11; i < allowedAt.size(); i++) {
            assertThat(allowedAt.get(i) - allowedAt.get(i - 1)).as("spacing after the burst").isGreaterThanOrEqualTo(5_990);
        }
        assertThat(allowedAt).hasSizeBetween(10 + 400 / 6 - 1, 10 + 400 / 6);
    }
}
