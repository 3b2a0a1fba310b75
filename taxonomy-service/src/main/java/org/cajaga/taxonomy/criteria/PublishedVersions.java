package org.cajaga.taxonomy.criteria;

import java.util.Collection;
import java.util.Set;

/** Which criteria-set versions are published, for batch code validation. Immutable; part of the in-memory snapshot. */
public final class PublishedVersions {

    /** A version as the repository lists it: its set's code and its number. */
    public record Key(String code, int number) {
    }

    private final Set<Key> keys;

    private PublishedVersions(Collection<Key> keys) {
        this.keys = Set.copyOf(keys);
    }

    public static PublishedVersions of(Collection<Key> keys) {
        return new PublishedVersions(keys);
    }

    public boolean contains(String code, int number) {
        return keys.contains(new Key(code, number));
    }
}
