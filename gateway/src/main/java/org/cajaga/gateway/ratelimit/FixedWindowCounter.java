package org.cajaga.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts requests per key in one-minute windows, in this instance's memory. A key's window opens
 * with its first request (not on the clock's minute), so a burst is never split across two windows.
 * With several replicas each counts its own share (a client may reach limit × replicas); see the
 * module README.
 */
final class FixedWindowCounter {

    static final long WINDOW_MILLIS = 60_000;

    record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private record Window(long start, AtomicInteger count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    Decision hit(String key, int limit, long nowMillis) {
        Window window = windows.compute(key, (k, current) -> current != null && nowMillis - current.start() < WINDOW_MILLIS
                ? current : new Window(nowMillis, new AtomicInteger()));
        int used = window.count().incrementAndGet();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> nowMillis - w.start() >= WINDOW_MILLIS);
        }
        long reset = Math.max(1, (window.start() + WINDOW_MILLIS - nowMillis + 999) / 1000);
        return new Decision(used <= limit, limit, Math.max(0, limit - used), reset);
    }
}
