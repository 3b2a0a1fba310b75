package org.cajaga.practices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
 * Starts are read from B-trees in order (migration V9), so each scan stops at the limit whatever the number
 * of matches; only when they give fewer than the limit, and the text has three letters or more, matches
 * inside words are looked for through the trigram indexes (V6), among a bounded set of candidates.
 */
@ApplicationScoped
public class PracticeSuggest {

    /** A title with several words starting with the text appears once per word among the word-start rows. */
    private static final int CANDIDATES_PER_SUGGESTION = 3;
    /** Trigrams serve three letters or more. */
    private static final int CONTAINS_MIN_LENGTH = 3;

    private static final String PLACE = "case when l.folded like :prefix then 0 when l.folded like :wordPrefix then 1 else 2 end";

    /**
     * Matching labels in order first, and only then whether published practices are in the municipality or state
     * (through an index, migration V9), one label after the other until the limit: the ordered subquery is kept
     * apart ({@code offset 0}).
     */
    private static final String LABELS = "select kind, text, code, cast(null as varchar), place, sort_key from ("
            + "select l.kind, case when l.kind = 'municipality' then l.es || coalesce(', ' || s.es, '') else l.es end "
            + "as text, l.code, " + PLACE + " as place, l.folded collate \"C\" as sort_key "
            + "from taxonomy_label l left join taxonomy_label s on l.kind = 'municipality' and s.kind = 'state' "
            + "and s.code = left(l.code, 2) "
            + "where l.kind in ('municipality', 'state', 'principle', 'sdgGoal') and %s "
            + "order by place, sort_key offset 0) l "
            + "where cajaga_has_published(l.kind, l.code) "
            + "order by place, sort_key limit :limit";

    private static final String STARTS = "(select 'title', p.title, cast(null as varchar), cast(p.id as varchar), 0, "
            + "p.search_title collate \"C\" from practice p where p.status = 'PUBLISHED' and p.search_title collate \"C\" like :prefix "
            + "order by p.search_title collate \"C\" limit :limit) "
            + "union all (select 'title', p.title, null, cast(p.id as varchar), 1, min(w.tail) "
            + "from (select practice_id, tail from practice_title_word where tail like :prefix order by tail limit :candidates) w "
            + "join practice p on p.id = w.practice_id where not p.search_title collate \"C\" like :prefix group by p.id) "
            + "union all (" + LABELS.formatted("(l.folded like :prefix or l.folded like :wordPrefix)") + ")";

    private static final String CONTAINS = "(select 'title', p.title, cast(null as varchar), cast(p.id as varchar), 2, "
            + "p.search_title collate \"C\" from (select id, title, search_title from practice "
            + "where status = 'PUBLISHED' and search_title like :contains limit :candidates) p) "
            + "union all (" + LABELS.formatted("l.folded like :contains") + ")";

    @Inject
    EntityManager em;

    @Inject
    ReadTimeout timeout;

    public Suggestions suggest(String q, int limit) {
        String folded = FuzzyText.folded(q);
        String text = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        Map<String, Ranked> found = new LinkedHashMap<>();
        add(found, rows(STARTS, limit)
                .setParameter("prefix", text + "%")
                .setParameter("wordPrefix", "% " + text + "%")
                .getResultList());
        if (found.size() < limit && folded.length() >= CONTAINS_MIN_LENGTH) {
            add(found, rows(CONTAINS, limit)
                    .setParameter("prefix", text + "%")
                    .setParameter("wordPrefix", "% " + text + "%")
                    .setParameter("contains", "%" + text + "%")
                    .getResultList());
        }
        return new Suggestions(found.values().stream()
                .sorted(Comparator.comparingInt(Ranked::place).thenComparing(Ranked::sortKey))
                .limit(limit).map(Ranked::suggestion).toList());
    }

    private Query rows(String sql, int limit) {
        return timeout.bound(em.createNativeQuery(sql))
                .setParameter("limit", limit)
                .setParameter("candidates", limit * CANDIDATES_PER_SUGGESTION);
    }

    /** The first time a title or label is found is its best place. */
    private static void add(Map<String, Ranked> found, List<?> rows) {
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Suggestions.Suggestion suggestion = new Suggestions.Suggestion((String) columns[0], (String) columns[1],
                    (String) columns[2], (String) columns[3]);
            Ranked ranked = new Ranked(((Number) columns[4]).intValue(), (String) columns[5], suggestion);
            String key = suggestion.kind() + ":" + (suggestion.id() != null ? suggestion.id() : suggestion.code());
            found.merge(key, ranked, (before, now) -> before.place() <= now.place() ? before : now);
        }
    }

    private record Ranked(int place, String sortKey, Suggestions.Suggestion suggestion) {
    }
}
