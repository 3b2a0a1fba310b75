package org.cajaga.practices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.config.ReadTimeout;
import org.cajaga.practices.feed.ChangeFeed;
import org.cajaga.practices.feed.ChangePage;
import org.cajaga.practices.practice.Practice;
import org.cajaga.practices.practice.PracticeAccess;
import org.cajaga.practices.practice.PracticeMapping;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Search, filters and facets, in SQL: one query picks the page's ids in a total order (keyset
 * pagination) and, when asked, counts the facets over the same scan of the matches; one loads those
 * records. Never one per record. With {@code updatedSince} the {@link ChangeFeed} picks the ids.
 */
@ApplicationScoped
public class PracticeSearch {

    @Inject
    EntityManager em;

    @Inject
    ReadTimeout timeout;

    @Inject
    PracticeAccess access;

    @Inject
    Highlights highlights;

    @Inject
    ChangeFeed feed;

    /** The visibility rule as {@link PracticeQuery} takes it ({@link PracticeAccess#reader()}). */
    public String visibility() {
        return access.reader();
    }

    public SearchPage search(PracticeFilters filters, SortOrder requestedSort, String updatedSince, boolean withFacets,
                             boolean withHighlights, PageParams paging) {
        PracticeQuery query = PracticeQuery.of(filters, visibility());
        int limit = paging.limit();
        SortOrder sort = requestedSort != null ? requestedSort : query.isTextSearch() ? SortOrder.RELEVANCE : SortOrder.UPDATED;
        if (sort == SortOrder.RELEVANCE && !query.isTextSearch()) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "Ordenar por relevancia requiere el parámetro 'q'.", "Sorting by relevance needs the 'q' parameter.");
        }
        if (updatedSince != null) {
            ChangePage changes = feed.page(query, updatedSince, paging);
            SearchPage.Facets facets = withFacets
                    ? facets(query.and("p.updated_at >= :since", "since", Timestamp.from(changes.since()))) : null;
            return new SearchPage(load(changes.ids()).stream().map(PracticeMapping::toView).toList(), changes.next(),
                    facets, changes.removed(), changes.resume(), null, null, null);
        }
        Cursor cursor = paging.cursor(2).orElse(null);
        Matches matches = matches(query, sort, cursor, withFacets, limit);
        if (matches.rows().isEmpty() && query.isTextSearch() && (cursor == null || !anyMatch(query))) {
            query = query.fuzzy();
            matches = matches(query, sort, cursor, withFacets, limit);
        }
        List<Object[]> results = matches.results();
        List<Object[]> rows = matches.rows();
        boolean more = rows.size() > limit;
        List<Object[]> served = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Object[] last = served.get(served.size() - 1);
            String key = sort == SortOrder.UPDATED ? last[1].toString()
                    : sort == SortOrder.TITLE ? (String) last[2] : last[3].toString();
            next = Cursor.of(key, last[0].toString()).encode();
        }
        List<UUID> pageIds = served.stream().map(row -> (UUID) row[0]).toList();
        SearchPage.Facets facets = withFacets ? facetsOf(results) : null;
        List<Practice> practices = load(pageIds);
        String matchedBy = !query.isTextSearch() ? null : query.isFuzzy() ? "fuzzy" : "fulltext";
        String didYouMean = query.isFuzzy() && !practices.isEmpty() ? didYouMean(query) : null;
        Map<String, SearchPage.Highlight> highlighted = withHighlights && query.isTextSearch()
                ? highlights.of(practices, query) : null;
        return new SearchPage(practices.stream().map(PracticeMapping::toView).toList(), next, facets, null, null, matchedBy,
                didYouMean, highlighted);
    }

    /**
     * The query with each word replaced by the most similar word of the best near match (when similar
     * enough), e.g. "partisipacion" → "participacion"; {@code null} when that changes nothing.
     */
    private String didYouMean(PracticeQuery query) {
        Query suggestion = em.createNativeQuery("with top as (select p.search_words from practice p where " + query.where()
                + " order by " + query.rank() + " desc, p.id desc limit 1) "
                + "select string_agg(coalesce((select t from top, regexp_split_to_table(top.search_words, '\\W+') t "
                + "where similarity(t, w) >= 0.3 order by similarity(t, w) desc, t limit 1), w), ' ' order by n) "
                + "from regexp_split_to_table(cast(:q as text), ' ') with ordinality as words(w, n)");
        timeout.bound(suggestion);
        query.parameters().forEach(suggestion::setParameter);
        String corrected = (String) suggestion.getSingleResult();
        return corrected == null || corrected.equals(query.parameters().get("q")) ? null : corrected;
    }

    /**
     * The page's rows (id, updated_at, title, rank) in order, one more than {@code limit} when there are
     * more, and with facets the facet rows of the same statement.
     */
    private Matches matches(PracticeQuery query, SortOrder sort, Cursor cursor, boolean withFacets,
                            int limit) {
        String order;
        String keyset = null;
        Map<String, Object> keys = new LinkedHashMap<>();
        if (sort == SortOrder.UPDATED) {
            order = "p.updated_at desc, p.id desc";
            if (cursor != null) {
                keyset = "(p.updated_at, p.id) < (:kTime, :kId)";
                keys.put("kTime", Timestamp.from(InstantParameter.of("cursor", cursor.key(0))));
            }
        } else if (sort == SortOrder.TITLE) {
            order = "p.title asc, p.id asc";
            if (cursor != null) {
                keyset = "(p.title, p.id) > (:kTitle, :kId)";
                keys.put("kTitle", title(cursor.key(0)));
            }
        } else {
            order = "rank desc, p.id desc";
            if (cursor != null) {
                String rankOf = withFacets ? "p.rank" : query.rank();
                keyset = "(" + rankOf + " < cast(:kRank as real) or (" + rankOf + " = cast(:kRank as real) and p.id < :kId))";
                keys.put("kRank", rank(cursor.key(0)));
            }
        }
        if (cursor != null) {
            keys.put("kId", cursor.uuidKey(1));
        }
        String where = keyset == null ? "" : " where " + keyset;
        String sql;
        if (withFacets) {
            // Facets count every match: one materialized scan of the matches serves the page and the counts
            // (two separate statements scanned them twice; bench/README.md). The page's rows are numbered after
            // the limit, so that only the top of the matches is kept in order (a bounded sort), not all of them.
            // The scan reads every match whatever its plan, so a full-text query makes its tsquery once.
            PracticeQuery scan = query.isTextSearch() && !query.isFuzzy() ? query.textQueryOnce() : query;
            sql = "with " + (scan == query ? "" : PracticeQuery.TEXT_QUERY + ", ")
                    + "p as materialized (select p.id, p.updated_at, p.title, " + scan.rank() + " as rank, p.state_code, "
                    + "p.classification, p.principles, p.sdg_goals from practice p where " + scan.where() + "), "
                    + "page as (select p.id, p.updated_at, p.title, p.rank from p" + where + " order by " + order
                    + " limit :limit) "
                    + "select 'page' as kind, cast(p.id as varchar) as value, row_number() over (order by " + order
                    + ") as n, p.updated_at, p.title, p.rank from page p "
                    + "union all select kind, value, n, null, null, null from (" + facetCounts("p") + ") f";
        } else {
            sql = "select 'page' as kind, cast(p.id as varchar) as value, cast(0 as bigint) as n, p.updated_at, p.title, "
                    + query.rank() + " as rank from practice p where " + query.where() + (keyset == null ? "" : " and " + keyset)
                    + " order by " + order + " limit :limit";
        }
        Query statement = timeout.bound(pageColumns(em.createNativeQuery(sql)));
        query.parameters().forEach(statement::setParameter);
        keys.forEach(statement::setParameter);
        statement.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> results = statement.getResultList();
        return new Matches(results, results.stream().filter(row -> "page".equals(row[0]))
                .sorted(Comparator.comparingLong(row -> ((Number) row[2]).longValue()))
                .map(row -> new Object[] {UUID.fromString((String) row[1]), row[3], row[4], row[5]}).toList());
    }

    private record Matches(List<Object[]> results, List<Object[]> rows) {
    }

    /** Whether full text matches anything under these filters (a later page of a fuzzy answer finds none). */
    private boolean anyMatch(PracticeQuery query) {
        Query exists = em.createNativeQuery("select exists (select 1 from practice p where " + query.where() + ")");
        timeout.bound(exists);
        query.parameters().forEach(exists::setParameter);
        return (Boolean) exists.getSingleResult();
    }

    /** The records with these ids, in the given order, in one query; read-only (no snapshot kept to diff). */
    public List<Practice> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Practice> byId = em.createQuery("from Practice where id in :ids", Practice.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /** Counts per state, classification, principle and SDG goal over everything the filters match, in one query. */
    public SearchPage.Facets facets(PracticeQuery query) {
        Query counts = facetColumns(em.createNativeQuery("with f as (select p.state_code, p.classification, p.principles, "
                + "p.sdg_goals from practice p where " + query.where() + ") " + facetCounts("f")));
        timeout.bound(counts);
        query.parameters().forEach(counts::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = counts.getResultList();
        return facetsOf(rows);
    }

    /**
     * Rows (kind, value, n): matches per facet value over the matches named {@code from}. Arrays are
     * unnested in the select list, not joined to {@code unnest(...)}: a joined set-returning function
     * builds a row store per match, which slows the searches with many matches most (bench/README.md).
     */
    private static String facetCounts(String from) {
        return "select 'state' as kind, state_code as value, count(*) as n from " + from + " group by state_code "
                + "union all select 'classification', classification, count(*) from " + from + " group by classification "
                + "union all select 'principle', u, count(*) from (select unnest(principles) as u from " + from
                + ") principle group by u "
                + "union all select 'sdgGoal', cast(g as varchar), count(*) from (select unnest(sdg_goals) as g from "
                + from + ") goal group by g";
    }

    /**
     * Types the columns of a facet statement (kind, value, n); left to Hibernate, they are looked up in
     * the result's metadata on every execution.
     */
    private static NativeQuery<?> facetColumns(Query statement) {
        return statement.unwrap(NativeQuery.class)
                .addScalar("kind", StandardBasicTypes.STRING)
                .addScalar("value", StandardBasicTypes.STRING)
                .addScalar("n", StandardBasicTypes.LONG);
    }

    /** The same for the search statement, whose page rows also carry updated_at, title and rank. */
    private static NativeQuery<?> pageColumns(Query statement) {
        return facetColumns(statement)
                .addScalar("updated_at", StandardBasicTypes.INSTANT)
                .addScalar("title", StandardBasicTypes.STRING)
                .addScalar("rank", StandardBasicTypes.FLOAT);
    }

    private static SearchPage.Facets facetsOf(List<Object[]> rows) {
        Map<String, Map<String, Long>> byFacet = new LinkedHashMap<>();
        for (String facet : List.of("state", "classification", "principle", "sdgGoal")) {
            byFacet.put(facet, new TreeMap<>());
        }
        for (Object[] row : rows) {
            Map<String, Long> counts = byFacet.get((String) row[0]);
            if (counts != null) {
                counts.put((String) row[1], ((Number) row[2]).longValue());
            }
        }
        return new SearchPage.Facets(byFacet.get("state"), byFacet.get("classification"), byFacet.get("principle"),
                sortedGoals(byFacet.get("sdgGoal")));
    }

    private static Map<String, Long> sortedGoals(Map<String, Long> goals) {
        Map<String, Long> sorted = new TreeMap<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        sorted.putAll(goals);
        return sorted;
    }

    /** A title key; text PostgreSQL cannot hold (a NUL character) means the cursor was tampered with. */
    private static String title(String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw Problems.of(ProblemType.INVALID_PARAMETER, "El parámetro 'cursor' no es válido.",
                    "The 'cursor' parameter is not valid.");
        }
        return value;
    }

    private static float rank(String value) {
        try {
            return Float.parseFloat(value);
        } catch (NumberFormatException tampered) {
            throw Problems.of(ProblemType.INVALID_PARAMETER, "El parámetro 'cursor' no es válido.",
                    "The 'cursor' parameter is not valid.");
        }
    }
}
