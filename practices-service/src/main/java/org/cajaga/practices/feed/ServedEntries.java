package org.cajaga.practices.feed;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a commit-ordered feed page serves of the entries it read (at most {@code limit + 1}, in position order) and
 * where its reader goes on: {@code next} when more are ready now, and {@code resume} always, to poll from later.
 */
public record ServedEntries<T>(List<T> entries, String next, String resume) {

    /**
     * @param from  the reader's position, null on a first page
     * @param bound the page's bound ({@link CommitOrder#BOUND}); it becomes the horizon of a first page's cursors
     */
    public static <T> ServedEntries<T> of(List<T> read, int limit, FeedPosition from, long bound,
                                          Function<T, Long> xidOf, Function<T, UUID> idOf) {
        boolean more = read.size() > limit;
        List<T> served = more ? read.subList(0, limit) : read;
        long horizon = from == null ? bound : from.horizon();
        if (more) {
            T last = served.get(served.size() - 1);
            String next = new FeedPosition(horizon, xidOf.apply(last), idOf.apply(last)).encode();
            return new ServedEntries<>(served, next, next);
        }
        // Without more entries, everything below the bound has been served: poll on from just before it.
        return new ServedEntries<>(served, null, FeedPosition.before(horizon, bound).encode());
    }
}
