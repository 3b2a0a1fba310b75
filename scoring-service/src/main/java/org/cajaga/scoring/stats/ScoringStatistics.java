package org.cajaga.scoring.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anonymous statistics over the latest consolidation of each practice whose latest known status is PUBLISHED (the
 * snapshot scoring keeps of it), the same for every caller; one query each.
 */
@ApplicationScoped
public class ScoringStatistics {

    /** Consolidations of practices last seen PUBLISHED; nothing unpublished or deleted is counted. */
    private static final String PUBLISHED = "consolidation c JOIN practice_snapshot p ON p.practice_id = c.practice_id "
            + "AND p.status = 'PUBLISHED'";

    /** Each published practice once, with its most recent consolidation. */
    private static final String LATEST = "WITH latest AS (SELECT DISTINCT ON (c.practice_id) c.* FROM " + PUBLISHED
            + " ORDER BY c.practice_id, c.decided_at DESC) ";

    @Inject
    EntityManager entityManager;

    public ClassificationCounts classifications() {
        ClassificationCounts counts = ClassificationCounts.NONE;
        for (Tuple row : rows(LATEST + "SELECT classification AS class, count(*) AS n FROM latest GROUP BY 1")) {
            counts = counts.plus(row.get("class", String.class), row.get("n", Number.class).longValue());
        }
        return counts;
    }

    public List<GroupCounts> byState() {
        return grouped("s.state_code", "");
    }

    public List<GroupCounts> bySdgGoal() {
        return grouped("goal::text", ", unnest(s.sdg_goals) AS goal");
    }

    public List<GroupCounts> byPrinciple() {
        return grouped("principle", ", unnest(s.principles) AS principle");
    }

    public List<CriterionRates> criteria() {
        List<Tuple> rows = rows("SELECT c.criteria_set AS set, c.criteria_set_version AS version, "
                + "o.ordinality AS position, o.value->>'criterion' AS criterion, "
                + "count(*) FILTER (WHERE o.value->>'verdict' = 'MET') AS met, "
                + "count(*) FILTER (WHERE o.value->>'verdict' = 'NOT_MET') AS not_met, "
                + "count(*) FILTER (WHERE o.value->>'verdict' = 'DISPUTED') AS disputed, count(*) AS practices "
                + "FROM " + PUBLISHED + ", jsonb_array_elements(c.detail->'criteria') WITH ORDINALITY AS o "
                + "WHERE c.classification <> 'PENDING' OR c.needs_decision "
                + "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3");
        Map<String, CriterionRates> bySet = new LinkedHashMap<>();
        for (Tuple row : rows) {
            String set = row.get("set", String.class);
            int version = row.get("version", Number.class).intValue();
            long practices = row.get("practices", Number.class).longValue();
            long met = row.get("met", Number.class).longValue();
            CriterionRates rates = bySet.computeIfAbsent(set + "/" + version,
                    key -> new CriterionRates(set, version, practices, new ArrayList<>()));
            rates.criteria().add(new CriterionRates.Rate(row.get("criterion", String.class), met,
                    row.get("not_met", Number.class).longValue(), row.get("disputed", Number.class).longValue(),
                    BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(practices), 2, RoundingMode.HALF_UP)));
        }
        return List.copyOf(bySet.values());
    }

    public AgreementSummary agreement() {
        Tuple row = rows(LATEST + "SELECT count(*) FILTER (WHERE mean_agreement IS NOT NULL) AS practices, "
                + "round(avg(kappa), 4) AS kappa, round(avg(mean_agreement), 2) AS agreement, "
                + "count(*) FILTER (WHERE needs_decision) AS awaiting FROM latest").get(0);
        return new AgreementSummary(row.get("practices", Number.class).longValue(), row.get("kappa", BigDecimal.class),
                row.get("agreement", BigDecimal.class), row.get("awaiting", Number.class).longValue());
    }

    private List<GroupCounts> grouped(String key, String unnest) {
        List<Tuple> rows = rows(LATEST + "SELECT " + key + " AS key, l.classification AS class, count(*) AS n "
                + "FROM latest l JOIN practice_snapshot s ON s.practice_id = l.practice_id" + unnest
                + " GROUP BY 1, 2 ORDER BY 1");
        Map<String, ClassificationCounts> counts = new LinkedHashMap<>();
        for (Tuple row : rows) {
            counts.merge(row.get("key", String.class), ClassificationCounts.NONE.plus(row.get("class", String.class),
                    row.get("n", Number.class).longValue()), ScoringStatistics::add);
        }
        return counts.entrySet().stream().map(e -> new GroupCounts(e.getKey(), e.getValue())).toList();
    }

    private static ClassificationCounts add(ClassificationCounts a, ClassificationCounts b) {
        return new ClassificationCounts(a.total() + b.total(), a.emblematic() + b.emblematic(),
                a.goodPractice() + b.goodPractice(), a.notClassified() + b.notClassified(), a.pending() + b.pending());
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql) {
        return entityManager.createNativeQuery(sql, Tuple.class).getResultList();
    }
}
