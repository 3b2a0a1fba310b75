package org.cajaga.gateway.ratelimit;

import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters in this instance's memory: right for one gateway (the local default); with several replicas
 * each counts its own share, so {@link RedisCounters} is used there. Also the fallback while Redis does
 * not answer.
 */
final class MemoryCounters implements Counters {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Double> tats = new ConcurrentHashMap<>();

    @Override
    public Future<Decision> hit(Budget budget) {
        return Future.succeededFuture(hit(budget, System.currentTimeMillis()));
    }

    Decision hit(Budget budget, double nowMillis) {
        Decision[] decision = new Decision[1];
        tats.compute(budget.key(), (key, tat) -> {
            Gcra.Step step = Gcra.step(tat, budget.limit(), budget.periodMillis(), nowMillis);
            decision[0] = step.decision();
            return step.tat();
        });
        if (tats.size() > MAX_KEYS) {
            tats.values().removeIf(tat -> tat < nowMillis);
        }
        return decision[0];
    }
}
