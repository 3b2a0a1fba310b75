package org.cajaga.practices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cajaga.practices.config.ReadTimeout;

/**
 * Type-ahead: published titles and the labels of municipalities, states, principles and SDG goals (the local
 * copy of taxonomy-service's, migration V6) that start with or contain the typed text, accent-free;
 * municipalities and states only where published practices are. Text starting with it comes first, then a
 * word starting with it, then the rest; alphabetically within each.
 * <p>
 * Titles starting with the text, or with a word starting with it, are read from memory ({@link PublishedTitles}),
 * in order, as are the labels ({@link SuggestLabels}) and which places have published practices. Only when these
 * give fewer than the limit, and the text has three letters or more, titles with the text inside a word are looked
 * for in the database through the trigram index (V6), among a bounded set of candidates.
 */
@ApplicationScoped
public class PracticeSuggest {

    /** A title with several words starting with the text appears once per word among the word starts. */
    private static final int CANDIDATES_PER_SUGGESTION = 3;
    /** Trigrams serve three letters or more. */
    private static final int CONTAINS_MIN_LENGTH = 3;

    private static final String CONTAINS = "select 'title', p.title, cast(null as varchar), cast(p.id as varchar), 2, "
            + "p.search_title collate \"C\" from (select id, title, search_title from practice "
            + "where status = 'PUBLISHED' and search_title like :contains limit :candidates) p";

    @Inject
    EntityManager em;

    @Inject
    SuggestLabels labels;

    @Inject
    PublishedTitles titles;

    @Inject
    ReadTimeout timeout;

    public Suggestions suggest(String q, int limit) {
        String folded = FuzzyText.folded(q);
        TitleSnapshot published = titles.snapshot();
        List<SuggestLabels.Match> matching = labels.matching(folded);
        Map<String, Ranked> found = new LinkedHashMap<>();
        int candidates = limit * CANDIDATES_PER_SUGGESTION;
        for (TitleSnapshot.Title title : published.starting(folded, limit)) {
            keep(found, new Ranked(0, title.folded(), suggestion(title)));
        }
        for (TitleSnapshot.WordMatch word : published.wordsStarting(folded, candidates)) {
            if (!word.title().folded().startsWith(folded)) {
                keep(found, new Ranked(1, word.tail(), suggestion(word.title())));
            }
        }
        addLabels(found, published, matching.stream().filter(match -> match.place() < 2).toList(), limit);
        if (found.size() < limit && folded.length() >= CONTAINS_MIN_LENGTH) {
            String text = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            add(found, timeout.bound(em.createNativeQuery(CONTAINS)).setParameter("contains", "%" + text + "%")
                    .setParameter("candidates", candidates).getResultList());
            addLabels(found, published, matching, limit);
        }
        return new Suggestions(found.values().stream()
                .sorted(Comparator.comparingInt(Ranked::place).thenComparing(Ranked::sortKey))
                .limit(limit).map(Ranked::suggestion).toList());
    }

    private static Suggestions.Suggestion suggestion(TitleSnapshot.Title title) {
        return new Suggestions.Suggestion("title", title.text(), null, title.id().toString());
    }

    /** The first time a title or label is found is its best place. */
    private static void add(Map<String, Ranked> found, List<?> rows) {
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            keep(found, new Ranked(((Number) columns[4]).intValue(), (String) columns[5],
                    new Suggestions.Suggestion((String) columns[0], (String) columns[1], null, (String) columns[3])));
        }
    }

    /** The first {@code limit} of these labels, in their order, that are not places or are places with published practices. */
    private static void addLabels(Map<String, Ranked> found, TitleSnapshot published, List<SuggestLabels.Match> matches,
                                  int limit) {
        matches.stream().filter(match -> !match.label().isPlace()
                        || published.hasPublished(match.label().kind(), match.label().code()))
                .limit(limit).forEach(match -> {
                    SuggestLabels.Label label = match.label();
                    keep(found, new Ranked(match.place(), label.folded(),
                            new Suggestions.Suggestion(label.kind(), label.text(), label.code(), null)));
                });
    }

    private static void keep(Map<String, Ranked> found, Ranked ranked) {
        Suggestions.Suggestion suggestion = ranked.suggestion();
        String key = suggestion.kind() + ":" + (suggestion.id() != null ? suggestion.id() : suggestion.code());
        found.merge(key, ranked, (before, now) -> before.place() <= now.place() ? before : now);
    }

    private record Ranked(int place, String sortKey, Suggestions.Suggestion suggestion) {
    }
}
