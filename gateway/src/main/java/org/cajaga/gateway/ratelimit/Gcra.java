package org.cajaga.gateway.ratelimit;

/**
 * The generic cell rate algorithm: a budget of {@code limit} requests per period is a theoretical arrival time
 * (TAT) that each request pushes forward by {@code period / limit}; a request is refused when that would put the
 * TAT more than one period ahead of now. A burst of up to {@code limit} requests passes, then one request per
 * {@code period / limit} (like a bucket of {@code limit} tokens refilled at that rate). {@link RedisCounters} runs
 * the same steps in a Lua script, so one instance and many agree.
 */
final class Gcra {

    /** A decision and the TAT to keep afterwards. */
    record Step(Decision decision, double tat) {
    }

    private Gcra() {
    }

    static Step step(Double storedTat, int limit, long periodMillis, double nowMillis) {
        double interval = (double) periodMillis / limit;
        double tat = storedTat == null || storedTat < nowMillis ? nowMillis : storedTat;
        double next = tat + interval;
        if (next - nowMillis > periodMillis) {
            return new Step(new Decision(false, limit, 0, seconds(next - periodMillis - nowMillis),
                    seconds(tat - nowMillis)), tat);
        }
        int remaining = (int) Math.floor((periodMillis - (next - nowMillis)) / interval + 1e-9);
        return new Step(new Decision(true, limit, remaining, 0, seconds(next - nowMillis)), next);
    }

    private static long seconds(double millis) {
        return Math.max(1, (long) Math.ceil(millis / 1000));
    }
}
