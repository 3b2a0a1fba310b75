package org.cajaga.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Identities of bearer tokens that passed verification, keyed by the whole token, each kept until the token's
 * expiry or {@code maxAgeMillis} after it was verified, whichever comes first; at most {@code maxSize} of them,
 * the least recently used going first. A token that differs in any character (another signature) is a miss.
 */
final class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final int maxSize;
    private final long maxAgeMillis;
    private final LongSupplier clock;
    private final Map<String, Entry> entries;

    VerifiedTokens(int maxSize, long maxAgeMillis, LongSupplier clock) {
        this.maxSize = maxSize;
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedTokens.this.maxSize;
            }
        };
    }

    /** The identity verified for this token, or null when there is none that is still valid. */
    synchronized SecurityIdentity get(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.expiresAtMillis()) {
            entries.remove(token);
            return null;
        }
        return entry.identity();
    }

    /** Keeps the identity of a verified token whose claims expire at {@code expiresAtSeconds} (epoch seconds). */
    synchronized void put(String token, SecurityIdentity identity, long expiresAtSeconds) {
        long now = clock.getAsLong();
        long expiresAt = Math.min(Math.multiplyExact(expiresAtSeconds, 1000L), now + maxAgeMillis);
        if (maxSize > 0 && expiresAt > now) {
            entries.put(token, new Entry(identity, expiresAt));
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
