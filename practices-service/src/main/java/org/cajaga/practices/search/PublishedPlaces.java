package org.cajaga.practices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cajaga.practices.config.ReadTimeout;

/**
 * Whether published practices are in a municipality or state, for type-ahead, which suggests only such places.
 * The places not known yet are asked in one statement, through the indexes ({@code cajaga_has_published},
 * migration V9); a yes is kept for {@link #KEEP}, so a place whose last published practice was withdrawn may
 * still be suggested that long. A no is never kept: a place is suggested as soon as a practice there is published.
 */
@ApplicationScoped
public class PublishedPlaces {

    static final Duration KEEP = Duration.ofSeconds(2);

    @Inject
    EntityManager em;

    @Inject
    ReadTimeout timeout;

    /** When each place was last found with published practices (System.nanoTime). */
    private final Map<String, Long> published = new ConcurrentHashMap<>();

    /** The first {@code limit} of these labels, in their order, that are not places or are places with published practices. */
    List<SuggestLabels.Match> first(List<SuggestLabels.Match> candidates, int limit) {
        List<SuggestLabels.Match> kept = new ArrayList<>();
        int next = 0;
        while (kept.size() < limit && next < candidates.size()) {
            List<SuggestLabels.Match> window = new ArrayList<>();
            List<SuggestLabels.Label> unknown = new ArrayList<>();
            while (next < candidates.size() && window.size() < limit - kept.size()) {
                SuggestLabels.Match match = candidates.get(next++);
                window.add(match);
                if (match.label().isPlace() && !knownPublished(match.label())) {
                    unknown.add(match.label());
                }
            }
            Set<String> found = unknown.isEmpty() ? Set.of() : ask(unknown);
            for (SuggestLabels.Match match : window) {
                if (!match.label().isPlace() || knownPublished(match.label()) || found.contains(key(match.label()))) {
                    kept.add(match);
                }
            }
        }
        return kept;
    }

    private boolean knownPublished(SuggestLabels.Label place) {
        Long at = published.get(key(place));
        return at != null && System.nanoTime() - at < KEEP.toNanos();
    }

    private Set<String> ask(List<SuggestLabels.Label> places) {
        long now = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<String> found = timeout.bound(em.createNativeQuery("select t.kind || ':' || t.code from unnest(cast(:kinds as varchar[]), "
                        + "cast(:codes as varchar[])) as t(kind, code) where cajaga_has_published(t.kind, t.code)"))
                .setParameter("kinds", places.stream().map(SuggestLabels.Label::kind).toArray(String[]::new))
                .setParameter("codes", places.stream().map(SuggestLabels.Label::code).toArray(String[]::new))
                .getResultList();
        found.forEach(key -> published.put(key, now));
        return new HashSet<>(found);
    }

    private static String key(SuggestLabels.Label place) {
        return place.kind() + ":" + place.code();
    }
}
