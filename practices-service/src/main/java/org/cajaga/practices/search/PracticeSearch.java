package org.cajaga.practices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.practice.Practice;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.practices.practice.PracticeMapping;
import org.cajaga.practices.security.Caller;
import org.cajaga.practices.workflow.PublicationTombstone;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Search, filters, facets and the change feed, in SQL: one query picks the page's ids in a total
 * order (keyset pagination) and, when asked, counts the facets over the same scan of the matches;
 * one loads those records. Never one per record.
 */
@ApplicationScoped
public class PracticeSearch {

    private static final String RANK = "ts_rank_cd(p.search_vector, websearch_to_tsquery('cajaga_es', :q))";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** The visibility rule as {@link PracticeQuery} takes it. */
    public String visibility() {
        return caller.isStaff() ? null : caller.isAnonymous() ? "" : caller.name();
    }

    public SearchPage search(PracticeFilters filters, SortOrder requestedSort, String updatedSince, boolean withFacets,
                             PageParams paging) {
        PracticeQuery query = PracticeQuery.of(filters, visibility());
        int limit = paging.limit();
        Instant since = updatedSince == null ? null : instant("updatedSince", updatedSince);
        SortOrder sort = requestedSort != null ? requestedSort : query.isTextSearch() ? SortOrder.RELEVANCE : SortOrder.UPDATED;
        if (sort == SortOrder.RELEVANCE && !query.isTextSearch()) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "Ordenar por relevancia requiere el parámetro 'q'.", "Sorting by relevance needs the 'q' parameter.");
        }
        Cursor cursor = paging.cursor(2).orElse(null);
        String order;
        String keyset = null;
        Map<String, Object> keys = new LinkedHashMap<>();
        if (since != null) {
            query.and("p.updated_at >= :since", "since", Timestamp.from(since));
            order = "p.updated_at asc, p.id asc";
            if (cursor != null) {
                keyset = "(p.updated_at, p.id) > (:kTime, :kId)";
                keys.put("kTime", Timestamp.from(instant("cursor", cursor.key(0))));
            }
        } else if (sort == SortOrder.UPDATED) {
            order = "p.updated_at desc, p.id desc";
            if (cursor != null) {
                keyset = "(p.updated_at, p.id) < (:kTime, :kId)";
                keys.put("kTime", Timestamp.from(instant("cursor", cursor.key(0))));
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
                String rankOf = withFacets ? "p.rank" : RANK;
                keyset = "(" + rankOf + " < cast(:kRank as real) or (" + rankOf + " = cast(:kRank as real) and p.id < :kId))";
                keys.put("kRank", rank(cursor.key(0)));
            }
        }
        if (cursor != null) {
            keys.put("kId", cursor.uuidKey(1));
        }
        String rank = query.isTextSearch() ? RANK : "0";
        String where = keyset == null ? "" : " where " + keyset;
        String sql;
        if (withFacets) {
            // Facets count every match: one materialized scan of the matches serves the page and the counts
            // (two separate statements scanned them twice; bench/README.md).
            sql = "with p as materialized (select p.id, p.updated_at, p.title, " + rank + " as rank, p.state_code, "
                    + "p.classification, p.principles, p.sdg_goals from practice p where " + query.where() + "), "
                    + "page as (select p.id, p.updated_at, p.title, p.rank, row_number() over (order by " + order
                    + ") as n from p" + where + " order by " + order + " limit :limit) "
                    + "select 'page' as kind, cast(id as varchar) as value, n, updated_at, title, rank from page "
                    + "union all select kind, value, n, null, null, null from (" + facetCounts("p") + ") f";
        } else {
            sql = "select 'page' as kind, cast(p.id as varchar) as value, cast(0 as bigint) as n, p.updated_at, p.title, "
                    + rank + " as rank from practice p where " + query.where() + (keyset == null ? "" : " and " + keyset)
                    + " order by " + order + " limit :limit";
        }
        Query statement = pageColumns(em.createNativeQuery(sql));
        query.parameters().forEach(statement::setParameter);
        keys.forEach(statement::setParameter);
        statement.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> results = statement.getResultList();
        List<Object[]> rows = results.stream().filter(row -> "page".equals(row[0]))
                .sorted(Comparator.comparingLong(row -> ((Number) row[2]).longValue()))
                .map(row -> new Object[] {UUID.fromString((String) row[1]), row[3], row[4], row[5]}).toList();
        boolean more = rows.size() > limit;
        List<Object[]> served = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Object[] last = served.get(served.size() - 1);
            String key = since != null || sort == SortOrder.UPDATED ? last[1].toString()
                    : sort == SortOrder.TITLE ? (String) last[2] : last[3].toString();
            next = Cursor.of(key, last[0].toString()).encode();
        }
        List<UUID> pageIds = served.stream().map(row -> (UUID) row[0]).toList();
        SearchPage.Facets facets = withFacets ? facetsOf(results) : null;
        List<SearchPage.Removal> removed = null;
        if (since != null) {
            Instant windowStart = cursor == null ? since : instant("cursor", cursor.key(0));
            Instant windowEnd = more ? (Instant) served.get(served.size() - 1)[1] : null;
            removed = removals(windowStart, windowEnd);
        }
        return new SearchPage(load(pageIds).stream().map(PracticeMapping::toView).toList(), next, facets, removed);
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

    private List<SearchPage.Removal> removals(Instant from, Instant until) {
        String jpql = "from PublicationTombstone where removedAt >= :from" + (until == null ? "" : " and removedAt < :until")
                + " order by removedAt, id";
        var query = em.createQuery(jpql, PublicationTombstone.class).setParameter("from", from);
        if (until != null) {
            query.setParameter("until", until);
        }
        List<SearchPage.Removal> removed = new ArrayList<>();
        query.getResultStream().forEach(t -> removed.add(new SearchPage.Removal(t.practiceId, t.reason.name(), t.removedAt)));
        return removed;
    }

    private static Map<String, Long> sortedGoals(Map<String, Long> goals) {
        Map<String, Long> sorted = new TreeMap<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        sorted.putAll(goals);
        return sorted;
    }

    /** An RFC 3339 UTC instant within the years a practice may cover; anything else is a 400 problem. */
    private static Instant instant(String name, String value) {
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notRfc3339) {
            throw invalidInstant(name);
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < PracticeInput.FIRST_YEAR || year > PracticeInput.LAST_YEAR) {
            throw invalidInstant(name);
        }
        return instant;
    }

    private static RuntimeException invalidInstant(String name) {
        return Problems.of(ProblemType.INVALID_PARAMETER,
                "El parámetro '" + name + "' debe ser una fecha RFC 3339 en UTC entre los años " + PracticeInput.FIRST_YEAR
                        + " y " + PracticeInput.LAST_YEAR + ", p. ej. 2026-01-31T12:00:00Z.",
                "The '" + name + "' parameter must be an RFC 3339 UTC timestamp between the years " + PracticeInput.FIRST_YEAR
                        + " and " + PracticeInput.LAST_YEAR + ", e.g. 2026-01-31T12:00:00Z.");
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
