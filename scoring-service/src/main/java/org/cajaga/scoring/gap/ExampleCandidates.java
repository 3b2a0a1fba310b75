package org.cajaga.scoring.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Published practices whose latest consolidation in a criteria set meets some of the given criteria, ranked in
 * PostgreSQL: those among the given similar practices first, then by how many of the criteria they meet, then in the
 * order of the similar practices (most similar first), then by id.
 */
@ApplicationScoped
class ExampleCandidates {

    private static final String QUERY = """
            WITH latest AS (
              SELECT DISTINCT ON (c.practice_id) c.practice_id, c.classification, c.detail, p.title
              FROM consolidation c JOIN practice_snapshot p ON p.practice_id = c.practice_id AND p.status = 'PUBLISHED'
              WHERE c.criteria_set = :criteriaSet AND c.practice_id <> :practice
              ORDER BY c.practice_id, c.decided_at DESC),
            alike AS (
              SELECT a.id, a.rank FROM unnest(cast(cast(:similar AS varchar[]) AS uuid[])) WITH ORDINALITY AS a(id, rank))
            SELECT l.practice_id AS id, l.classification AS class, l.title AS title, s.rank IS NOT NULL AS is_similar,
                   array_to_string(array_agg(o.value->>'criterion'), ',') AS meets
            FROM latest l
            JOIN jsonb_array_elements(l.detail->'criteria') AS o
              ON o.value->>'verdict' = 'MET' AND o.value->>'criterion' = ANY(cast(:missing AS varchar[]))
            LEFT JOIN alike s ON s.id = l.practice_id
            WHERE l.classification <> 'PENDING'
            GROUP BY l.practice_id, l.classification, l.title, s.rank
            ORDER BY s.rank IS NULL, count(*) DESC, s.rank, l.practice_id
            LIMIT :limit""";

    @Inject
    EntityManager entityManager;

    /**
     * @param practice the practice the report is about, never its own example
     * @param missing  the criteria codes not met
     * @param similar  ids of similar practices, most similar first
     */
    List<Candidate> rank(String criteriaSet, UUID practice, List<String> missing, List<UUID> similar, int limit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(QUERY, Tuple.class)
                .setParameter("criteriaSet", criteriaSet)
                .setParameter("practice", practice)
                .setParameter("missing", missing.toArray(String[]::new))
                .setParameter("similar", similar.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Candidate(row.get("id", UUID.class), row.get("class", String.class),
                row.get("title", String.class), row.get("is_similar", Boolean.class),
                Arrays.asList(row.get("meets", String.class).split(",")))).toList();
    }

    /** One ranked candidate: its class, title as last read, whether it is similar, and which criteria it meets. */
    record Candidate(UUID id, String classification, String title, boolean similar, List<String> meets) {
    }
}
