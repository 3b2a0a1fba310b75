package org.cajaga.practices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cajaga.practices.config.ReadTimeout;
import org.cajaga.practices.practice.Practice;

/**
 * Snippets of a page's items with the matching words marked. PostgreSQL decides which words match
 * (the same folding and stemming as the search, in one statement for the whole page); here each text
 * is HTML-escaped first and only then are {@code <mark>} tags put around those words, so nothing a
 * record contains can become markup.
 */
@ApplicationScoped
public class Highlights {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** How much of a long text is looked at for a snippet. */
    private static final int SCANNED = 20_000;
    private static final int BEFORE = 10;
    private static final int AFTER = 25;

    @Inject
    EntityManager em;

    @Inject
    ReadTimeout timeout;

    public Map<String, SearchPage.Highlight> of(List<Practice> practices, PracticeQuery query) {
        Set<String> words = new LinkedHashSet<>();
        for (Practice practice : practices) {
            for (String text : texts(practice)) {
                words.addAll(words(text));
            }
        }
        Set<String> matching = matching(words, query);
        Map<String, SearchPage.Highlight> highlights = new LinkedHashMap<>();
        for (Practice practice : practices) {
            highlights.put(practice.id.toString(), new SearchPage.Highlight(marked(practice.title, 0, practice.title.length(),
                    matching), snippet(practice, matching)));
        }
        return highlights;
    }

    /** The words that match the query, decided by PostgreSQL: same stem as a query word, or similar in fuzzy mode. */
    private Set<String> matching(Set<String> words, PracticeQuery query) {
        if (words.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = timeout.bound(em.createNativeQuery("select w.word from unnest(cast(:words as varchar[])) with ordinality as w(word, n) "
                        + "join unnest(string_to_array(cajaga_fold(array_to_string(cast(:words as varchar[]), E'\\x1f')), E'\\x1f')) "
                        + "with ordinality as f(folded, n) on f.n = w.n "
                        + "where ts_lexize('spanish_stem', f.folded) && tsvector_to_array(to_tsvector('cajaga_es', cajaga_fold(:q))) "
                        + "or (:fuzzy and exists (select 1 from regexp_split_to_table(cast(:fq as text), ' ') q "
                        + "where similarity(cajaga_unaccent(w.word), q) >= 0.5))"))
                .setParameter("words", words.toArray(String[]::new))
                .setParameter("q", query.text())
                .setParameter("fuzzy", query.isFuzzy())
                .setParameter("fq", FuzzyText.of(query.text()))
                .getResultList();
        return new HashSet<>(found);
    }

    private static List<String> texts(Practice practice) {
        List<String> texts = new ArrayList<>();
        texts.add(practice.title);
        for (String text : new String[] {practice.summary, practice.description, practice.problem, practice.objectives}) {
            if (text != null) {
                texts.add(text.length() > SCANNED ? text.substring(0, SCANNED) : text);
            }
        }
        return texts;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** Some words around the first match in summary, description, problem or objectives; else the summary's start. */
    private static String snippet(Practice practice, Set<String> matching) {
        List<String> texts = texts(practice);
        for (String text : texts.subList(1, texts.size())) {
            String snippet = window(text, matching, true);
            if (snippet != null) {
                return snippet;
            }
        }
        return window(texts.get(1), matching, false);
    }

    private static String window(String text, Set<String> matching, boolean needsMatch) {
        List<int[]> spans = new ArrayList<>();
        int first = -1;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (first < 0 && matching.contains(word.group())) {
                first = spans.size();
            }
            spans.add(new int[] {word.start(), word.end()});
        }
        if (spans.isEmpty() || (first < 0 && needsMatch)) {
            return null;
        }
        int from = Math.max(0, first - BEFORE);
        int to = Math.min(spans.size(), Math.max(first, 0) + AFTER) - 1;
        int start = from == 0 ? 0 : spans.get(from)[0];
        int end = to == spans.size() - 1 ? text.length() : spans.get(to)[1];
        return (start > 0 ? "… " : "") + marked(text, start, end, matching) + (end < text.length() ? " …" : "");
    }

    /** The text between {@code start} and {@code end}, escaped, with the matching words in {@code <mark>}. */
    private static String marked(String text, int start, int end, Set<String> matching) {
        StringBuilder html = new StringBuilder();
        Matcher word = WORD.matcher(text).region(start, end);
        int at = start;
        while (word.find()) {
            if (matching.contains(word.group())) {
                escape(text.substring(at, word.start()), html);
                html.append("<mark>");
                escape(word.group(), html);
                html.append("</mark>");
                at = word.end();
            }
        }
        escape(text.substring(at, end), html);
        return html.toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
