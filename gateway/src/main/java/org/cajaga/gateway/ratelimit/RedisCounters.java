package org.cajaga.gateway.ratelimit;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Response;
import java.util.List;

/**
 * Counters in Redis (or Valkey), shared by every gateway replica: one atomic Lua script per request runs the
 * steps of {@link Gcra} on the server's clock, so replicas agree on time too. A call that fails or takes longer
 * than the configured timeout fails the future; {@link RateLimits} then counts in memory.
 */
final class RedisCounters implements Counters {

    /** KEYS[1] the counter; ARGV[1] the limit, ARGV[2] the period in ms. Returns allowed, remaining, retry-after, reset. */
    private static final String SCRIPT = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
            local limit = tonumber(ARGV[1])
            local period = tonumber(ARGV[2])
            local interval = period / limit
            local tat = tonumber(redis.call('GET', KEYS[1]))
            if tat == nil or tat < now then tat = now end
            local nxt = tat + interval
            if nxt - now > period then
              return {0, 0, math.max(1, math.ceil((nxt - period - now) / 1000)), math.max(1, math.ceil((tat - now) / 1000))}
            end
            redis.call('SET', KEYS[1], string.format('%.3f', nxt), 'PX', math.ceil(nxt - now))
            return {1, math.floor((period - (nxt - now)) / interval + 1e-9), 0, math.max(1, math.ceil((nxt - now) / 1000))}
            """;

    private final Vertx vertx;
    private final RedisAPI redis;
    private final String prefix;
    private final long timeoutMillis;

    /** @param prefix what every counter's Redis key starts with, so several deployments may share one Redis */
    RedisCounters(Vertx vertx, String url, String prefix, long timeoutMillis) {
        this.vertx = vertx;
        this.prefix = prefix;
        this.timeoutMillis = timeoutMillis;
        this.redis = RedisAPI.api(Redis.createClient(vertx, new RedisOptions().setConnectionString(url)
                .setMaxPoolSize(16).setMaxPoolWaiting(1024)));
    }

    @Override
    public Future<Decision> hit(Budget budget) {
        Promise<Decision> answer = Promise.promise();
        long timer = vertx.setTimer(timeoutMillis, id -> answer.tryFail("Redis did not answer within "
                + timeoutMillis + " ms"));
        redis.eval(List.of(SCRIPT, "1", prefix + budget.key(), String.valueOf(budget.limit()),
                String.valueOf(budget.periodMillis()))).onComplete(result -> {
                    vertx.cancelTimer(timer);
                    if (result.succeeded()) {
                        answer.tryComplete(decision(result.result(), budget.limit()));
                    } else {
                        answer.tryFail(result.cause());
                    }
                });
        return answer.future();
    }

    void close() {
        redis.close();
    }

    private static Decision decision(Response row, int limit) {
        return new Decision(row.get(0).toInteger() == 1, limit, row.get(1).toInteger(), row.get(2).toLong(),
                row.get(3).toLong());
    }
}
