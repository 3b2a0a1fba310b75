package org.cajaga.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas' counters on one real Redis (127.0.0.1:6379) share each budget exactly. Timeouts are generous: a
 * loaded build machine takes seconds to open the first connections.
 */
class RedisCountersTest {

    private static final String REDIS = System.getenv().getOrDefault("CAJAGA_TEST_REDIS", "redis://127.0.0.1:6379");
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void twoReplicasNeverAllowMoreThanTheLimitTogether() throws Exception {
        String prefix = "cajaga-test:" + UUID.randomUUID() + ":";
        RedisCounters first = new RedisCounters(vertx, REDIS, prefix, 10_000);
        RedisCounters second = new RedisCounters(vertx, REDIS, prefix, 10_000);
        Budget budget = new Budget("client:portal", "client", 25, 3_600_000);
        List<Future<Decision>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add((i % 2 == 0 ? first : second).hit(budget));
        }
        long allowed = 0;
        for (Future<Decision> answer : answers) {
            if (answer.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).allowed()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(25);
        Decision refused = first.hit(budget).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 144L);
        assertThat(second.hit(new Budget("client:other", "client", 25, 3_600_000)).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS).remaining()).isEqualTo(24);
        first.close();
        second.close();
    }

    @Test
    void anUnreachableRedisFailsTheCountInsteadOfHanging() {
        RedisCounters nowhere = new RedisCounters(vertx, "redis://127.0.0.1:1", "cajaga-test:", 300);
        assertThatThrownBy(() -> nowhere.hit(new Budget("ip:203.0.113.9", "ip", 5, 60_000)).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        nowhere.close();
    }
}
