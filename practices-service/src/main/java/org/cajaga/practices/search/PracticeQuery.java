package org.cajaga.practices.search;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.practice.Classification;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.practices.practice.PracticeStatus;
import org.cajaga.support.geography.SizeClass;
import org.cajaga.support.http.QueryParams;
import org.cajaga.support.problem.Problems;

/**
 * Turns filters into one SQL condition on table alias {@code p} with named parameters. Values are
 * always bound, never concatenated. Array filters use the GIN-indexed overlap operator {@code &&}.
 * The text {@code q} is matched as full text ({@code cajaga_query}, see migration V6) or, in the
 * {@link #fuzzy()} variant, by trigram word similarity to the record's short text (typos).
 */
public final class PracticeQuery {

    /**
     * Full-text relevance: cover density over the title (weight 1) and the summary (0.2), so a title match
     * ranks above a match in the summary only, and both above a match elsewhere (rank 0, newest first);
     * normalised below 1 (flag 32). It reads {@code rank_vector}, the title's and summary's part of the
     * document (migration V11): the whole document is kilobytes stored out of line, read for every match.
     * Cover density is computed only where the title and summary match the query by themselves (a cheap
     * test): for a matching record it is 0 otherwise, and most matches of a common word (one in a label's
     * name, say) match only in the other texts.
     */
    private static final String FULL_TEXT_RANK = "case when p.rank_vector @@ %1$s "
            + "then ts_rank_cd('{0.01, 0.05, 0.2, 1.0}', p.rank_vector, %1$s, 32) else 0 end";
    /** The text as a {@code tsquery}, made where it is used. */
    private static final String TEXT_QUERY_IN_PLACE = "cajaga_query(:q)";
    /** The text as a {@code tsquery} made once, by {@link #TEXT_QUERY}. */
    private static final String TEXT_QUERY_ONCE = "(select t.tsq from text_query t)";
    /**
     * A common table expression that makes the text's {@code tsquery} once for a statement of
     * {@link #textQueryOnce()}: planning folds every {@code cajaga_query(:q)} anew (its SQL functions are
     * inlined and evaluated), about 0.1 ms each.
     */
    public static final String TEXT_QUERY = "text_query as materialized (select cajaga_query(:q) as tsq)";
    /** Near matches: similarity to the title counts on top of similarity to the whole short text. */
    private static final String FUZZY_RANK = "cast(word_similarity(:q, p.search_title) + word_similarity(:q, p.search_words) as real)";

    /** The most records a fuzzy query considers (see {@link #where()}). */
    static final int FUZZY_CANDIDATES = 1000;

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final boolean textSearch;
    private final boolean fuzzy;
    private final PracticeFilters filters;
    private final String visibility;
    private final String textQuery;

    private PracticeQuery(PracticeFilters filters, String visibility, boolean fuzzy, String textQuery) {
        this.filters = filters;
        this.visibility = visibility;
        this.textSearch = filters.q != null && !filters.q.isBlank();
        this.fuzzy = fuzzy;
        this.textQuery = textQuery;
    }

    /**
     * @param visibility who is asking: {@code null} for staff (no restriction), otherwise the
     *                   caller's name, who sees published records and their own ({@code ""} for anonymous)
     */
    public static PracticeQuery of(PracticeFilters filters, String visibility) {
        return build(filters, visibility, false, TEXT_QUERY_IN_PLACE);
    }

    /** The same filters with {@code q} matched by similarity instead of full text: for typos. */
    public PracticeQuery fuzzy() {
        return build(filters, visibility, true, TEXT_QUERY_IN_PLACE);
    }

    /**
     * The same filters, for a full-text statement whose first common table expression is
     * {@link #TEXT_QUERY}: its condition and rank read the text's {@code tsquery} from there. Conditions
     * added with {@link #and} or {@link #publishedOnly()} are not carried over.
     */
    public PracticeQuery textQueryOnce() {
        if (!textSearch || fuzzy) {
            throw new IllegalStateException("Only a full-text query makes its tsquery once");
        }
        return build(filters, visibility, false, TEXT_QUERY_ONCE);
    }

    private static PracticeQuery build(PracticeFilters filters, String visibility, boolean fuzzy, String textQuery) {
        PracticeQuery query = new PracticeQuery(filters, visibility, fuzzy, textQuery);
        if (query.textSearch) {
            if (filters.q.length() > PracticeFilters.MAX_QUERY_LENGTH) {
                throw invalid("q", "at most " + PracticeFilters.MAX_QUERY_LENGTH + " characters",
                        PracticeFilters.MAX_QUERY_LENGTH + " caracteres como máximo");
            }
            if (fuzzy) {
                query.add(":q <% p.search_words", "q", FuzzyText.of(filters.q));
            } else {
                query.add("p.search_vector @@ " + textQuery, "q", filters.q);
            }
        }
        query.overlap("state_code", "states", checked(filters.states, "state", "[0-9]{2}"), false);
        query.overlap("municipalities", "municipalities", checked(filters.municipalities, "municipality", "[0-9]{5}"), true);
        query.overlap("principles", "principles", checked(filters.principles, "principle", "[A-Z0-9_]{1,40}"), true);
        query.overlap("lessons", "lessons", checked(filters.lessons, "lesson", "[A-Z0-9_]{1,40}"), true);
        query.overlap("sdg_targets", "sdgTargets", checked(filters.sdgTargets, "sdgTarget", "[0-9]{1,2}\\.[0-9a-z]{1,2}"), true);
        query.overlap("sectors", "sectors", checked(filters.sectors, "sector", "[A-Z0-9_]{1,40}"), true);
        List<String> goals = checked(filters.sdgGoals, "sdgGoal", "[0-9]{1,2}");
        if (!goals.isEmpty()) {
            query.add("p.sdg_goals && cast(:sdgGoals as integer[])", "sdgGoals", goals.stream().map(Integer::valueOf).toArray(Integer[]::new));
        }
        List<String> sizes = enumValues(filters.sizeClasses, "sizeClass", SizeClass.class);
        if (!sizes.isEmpty()) {
            query.add("exists (select 1 from municipality_profile mp where mp.cvegeo = any (p.municipalities)"
                    + " and mp.size_class in (:sizeClasses))", "sizeClasses", sizes);
        }
        List<String> classes = enumValues(filters.classifications, "classification", Classification.class);
        if (!classes.isEmpty()) {
            query.add("p.classification in (:classifications)", "classifications", classes);
        }
        if (filters.cocreated != null) {
            if (!Set.of("true", "false").contains(filters.cocreated)) {
                throw invalid("cocreated", "true or false", "true o false");
            }
            query.add("p.cocreated = :cocreated", "cocreated", Boolean.valueOf(filters.cocreated));
        }
        Integer yearFrom = year("yearFrom", filters.yearFrom);
        if (yearFrom != null) {
            query.add("(p.period_end is null or p.period_end >= :yearFrom)", "yearFrom", Date.valueOf(LocalDate.of(yearFrom, 1, 1)));
        }
        Integer yearTo = year("yearTo", filters.yearTo);
        if (yearTo != null) {
            query.add("p.period_start <= :yearTo", "yearTo", Date.valueOf(LocalDate.of(yearTo, 12, 31)));
        }
        List<String> statuses = enumValues(filters.statuses, "status", PracticeStatus.class);
        if (visibility == null) {
            if (!statuses.isEmpty()) {
                query.add("p.status in (:statuses)", "statuses", statuses);
            }
        } else {
            if (!statuses.isEmpty() && !statuses.equals(List.of("PUBLISHED"))) {
                throw Problems.of(ProblemType.NOT_ALLOWED,
                        "Solo el personal filtra por estados distintos de PUBLISHED.",
                        "Only staff filter by statuses other than PUBLISHED.");
            }
            query.add("(p.status = 'PUBLISHED' or p.owner = :viewer)", "viewer", visibility);
        }
        return query;
    }

    /** Only published records, whoever asks (exports, public statistics). */
    public PracticeQuery publishedOnly() {
        conditions.add("p.status = 'PUBLISHED'");
        return this;
    }

    public PracticeQuery and(String condition, String name, Object value) {
        add(condition, name, value);
        return this;
    }

    /**
     * The condition. A fuzzy one admits at most {@link #FUZZY_CANDIDATES} records, the first the scan finds: a typo
     * of a common phrase is near half of a large catalogue (49,946 of the bench's 100,000 records for
     * "partisipacion ciudadana"), and ranking or counting them all ran past the read time limit.
     */
    public String where() {
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        return fuzzy ? "p.id in (select p.id from practice p where " + where + " limit " + FUZZY_CANDIDATES + ")" : where;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public boolean isTextSearch() {
        return textSearch;
    }

    /** The text as the person typed it ({@code null} without one). */
    public String text() {
        return textSearch ? filters.q : null;
    }

    public boolean isFuzzy() {
        return fuzzy;
    }

    /** The relevance of a match as a {@code real} SQL expression (0 without {@code q}). */
    public String rank() {
        return !textSearch ? "0" : fuzzy ? FUZZY_RANK : String.format(FULL_TEXT_RANK, textQuery);
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private void overlap(String column, String name, List<String> values, boolean arrayColumn) {
        if (values.isEmpty()) {
            return;
        }
        if (arrayColumn) {
            add("p." + column + " && cast(:" + name + " as varchar[])", name, values.toArray(String[]::new));
        } else {
            add("p." + column + " in (:" + name + ")", name, values);
        }
    }

    /** A year within the years a practice's period may cover; anything else is a 400 problem. */
    private static Integer year(String name, String value) {
        Integer year = QueryParams.optionalInt(name, value);
        if (year != null && (year < PracticeInput.FIRST_YEAR || year > PracticeInput.LAST_YEAR)) {
            throw invalid(name, "a year from " + PracticeInput.FIRST_YEAR + " to " + PracticeInput.LAST_YEAR,
                    "un año de " + PracticeInput.FIRST_YEAR + " a " + PracticeInput.LAST_YEAR);
        }
        return year;
    }

    private static List<String> checked(List<String> values, String name, String pattern) {
        if (values == null) {
            return List.of();
        }
        requireFew(values, name);
        for (String value : values) {
            if (!value.matches(pattern)) {
                throw invalid(name, "a valid code, not '" + value + "'", "un código válido, no '" + value + "'");
            }
        }
        return values;
    }

    private static <E extends Enum<E>> List<String> enumValues(List<String> values, String name, Class<E> type) {
        if (values == null) {
            return List.of();
        }
        requireFew(values, name);
        for (String value : values) {
            try {
                Enum.valueOf(type, value);
            } catch (IllegalArgumentException unknown) {
                throw invalid(name, "one of " + List.of(type.getEnumConstants()), "uno de " + List.of(type.getEnumConstants()));
            }
        }
        return values;
    }

    private static void requireFew(List<String> values, String name) {
        if (values.size() > PracticeFilters.MAX_VALUES) {
            throw invalid(name, "repeated at most " + PracticeFilters.MAX_VALUES + " times",
                    "repetido " + PracticeFilters.MAX_VALUES + " veces como máximo");
        }
    }

    private static RuntimeException invalid(String name, String expectedEn, String expectedEs) {
        return Problems.of(ProblemType.INVALID_PARAMETER,
                "El parámetro '" + name + "' debe ser " + expectedEs + ".",
                "The '" + name + "' parameter must be " + expectedEn + ".");
    }
}
