package org.cajaga.practices.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cajaga.practices.search.SearchPage;

/**
 * One page of the change feed: the changed records' ids and the removals, in feed order, and where to go
 * on. {@code next} is set when more entries are ready now; {@code resume} always, to poll from later.
 */
public record ChangePage(List<UUID> ids, List<SearchPage.Removal> removed, String next, String resume, Instant since) {
}
