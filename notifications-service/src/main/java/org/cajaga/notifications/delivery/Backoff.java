package org.cajaga.notifications.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before the next attempt: the first retry's wait doubled per failed attempt, up to the
 * longest wait, with "equal jitter" (a random half of it added to the other half) so that receivers
 * that come back are not hit by every sender at once. A receiver's {@code Retry-After} is honoured
 * when it asks for longer.
 */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int attempts, Duration first, Duration longest, Duration retryAfter) {
        long base = first.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(base < 0 ? Long.MAX_VALUE : base, longest.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        Duration wait = Duration.ofMillis(jittered);
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }
}
