package org.cajaga.practices.adapt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.config.ReadTimeout;
import org.cajaga.support.geography.SizeClass;
import org.cajaga.support.problem.Problems;

/**
 * Published practices a municipality could adapt, in one SQL statement over {@code practice_by_size_class}
 * (migration V10: one index entry per published practice and size class of its municipalities, in classification
 * order, with what the filters need). A practice is suggested when it is carried out elsewhere and is not yet
 * present in the municipality: no published practice of the municipality has all of its principles and one of its
 * SDG goals (all of its principles when it has no goal), tested against the municipality's own few practices.
 * Optional filters: any of {@code principles}, any of {@code goals}, and {@code problem} as full text (the search's
 * web syntax). Order: size-class distance (the municipality's own class first, then the nearest; none last),
 * classification (EMBLEMATIC, GOOD_PRACTICE, PENDING, NOT_CLASSIFIED), how well it matches {@code problem}, id.
 * The statement reads each size class in that order up to the limit, so it stops after about as many entries as it
 * answers; with {@code problem}, it ranks every practice of a class that matches the text. The adaptation elements
 * are looked up for the answered rows only.
 */
@ApplicationScoped
public class MunicipalitySuggestions {

    /**
     * The suggestions from one size class (or from none), best first, at most the limit: the class's condition, its
     * distance, the nearer classes whose entries of the same practice come first, and the parts the {@code problem}
     * filter adds.
     */
    private static final String CLASS_ROWS = """
            (select b.practice_id, b.size_classes, %2$s as distance, b.classification_rank, %4$s as problem_rank
               from practice_by_size_class b%5$s
              where %1$s%3$s
                and not b.municipalities @> cast(array[:cvegeo] as varchar[])
                and (cardinality(cast(:principles as varchar[])) = 0 or b.principles && cast(:principles as varchar[]))
                and (cardinality(cast(:goals as integer[])) = 0 or b.sdg_goals && cast(:goals as integer[]))%6$s
                and not exists (select 1 from home m where m.principles @> b.principles
                                  and (m.sdg_goals && b.sdg_goals or cardinality(b.sdg_goals) = 0))
              order by b.classification_rank, problem_rank desc, b.practice_id
              limit :limit)""";

    private static final String SUGGESTIONS = """
            with home as materialized (
                select m.principles, m.sdg_goals from practice m
                 where m.status = 'PUBLISHED' and m.municipalities @> cast(array[:cvegeo] as varchar[])),
            candidate as (
            %s),
            ranked as (
                select candidate.*, row_number() over (order by distance nulls last, classification_rank,
                           problem_rank desc, practice_id) as position
                  from candidate)
            select cast(json_build_object('id', p.id, 'title', p.title, 'classification', p.classification,
                       'municipalities', p.municipalities, 'state', p.state_code, 'sizeClasses', r.size_classes,
                       'adaptationElements', coalesce((select json_agg(json_build_object('element', e.element,
                               'reflections', e.reflections) order by e.reflections desc, e.element)
                           from (select * from practice_adaptation_elements(p.id) limit 5) e), '[]'),
                       'reasons', json_build_object('sameSizeClass', coalesce(r.distance = 0, false),
                           'sizeClassDistance', r.distance,
                           'sharedPrinciples', array(select unnest(p.principles) intersect
                               select unnest(cast(:principles as varchar[])) order by 1),
                           'sharedGoals', array(select unnest(p.sdg_goals) intersect
                               select unnest(cast(:goals as integer[])) order by 1),
                           'matchesProblem', %s, 'sameState', p.state_code = :state)) as text)
              from ranked r join practice p on p.id = r.practice_id
             where r.position <= :limit
             order by r.position
            """;

    @Inject
    EntityManager em;

    @Inject
    JsonRows rows;

    @Inject
    ReadTimeout timeout;

    /**
     * The suggestions for a municipality; an unknown CVEGEO is a 404 problem, and while no profile was ever copied
     * from taxonomy-service a 503 problem (try again).
     */
    public SuggestionPage of(String cvegeo, List<String> principles, List<Integer> goals, String problem, int limit) {
        SuggestionPage.Home home = home(cvegeo);
        Query statement = timeout.bound(em.createNativeQuery(statement(home.sizeClass(), problem != null), String.class))
                .setParameter("cvegeo", cvegeo)
                .setParameter("state", home.state())
                .setParameter("principles", principles.toArray(String[]::new))
                .setParameter("goals", goals.toArray(Integer[]::new))
                .setParameter("limit", limit);
        if (problem != null) {
            statement.setParameter("problem", problem);
        }
        return new SuggestionPage(home, rows.read(statement, SuggestionPage.Item.class));
    }

    /**
     * The statement for a municipality of this class (none: every distance unknown): the rows of each size class, and
     * of practices without one, each counted once, in the class nearest its own municipality.
     */
    static String statement(SizeClass home, boolean problem) {
        String classes = Arrays.stream(SizeClass.values())
                .map(size -> classRows("b.size_class = '" + size.name() + "'", distance(home, size),
                        nearer(home, size), problem))
                .collect(Collectors.joining("\n    union all\n"));
        return SUGGESTIONS.formatted(classes + "\n    union all\n" + classRows("b.size_class is null", null, List.of(), problem),
                problem);
    }

    private static String classRows(String sizeClass, Integer distance, List<SizeClass> nearer, boolean problem) {
        return CLASS_ROWS.formatted(sizeClass, distance == null ? "cast(null as integer)" : distance,
                nearer.isEmpty() ? "" : " and not b.size_classes && cast(array[" + nearer.stream()
                        .map(size -> "'" + size.name() + "'").collect(Collectors.joining(", ")) + "] as varchar[])",
                problem ? "ts_rank_cd(c.search_vector, cajaga_query(:problem))" : "0",
                problem ? " join practice c on c.id = b.practice_id" : "",
                problem ? "\n                and c.search_vector @@ cajaga_query(:problem)" : "");
    }

    private static Integer distance(SizeClass home, SizeClass size) {
        return home == null ? null : Math.abs(home.ordinal() - size.ordinal());
    }

    /** The classes whose entries of the same practice come first: nearer, or as near and smaller. */
    private static List<SizeClass> nearer(SizeClass home, SizeClass size) {
        return Arrays.stream(SizeClass.values()).filter(other -> other != size).filter(other -> {
            Integer mine = distance(home, size);
            Integer theirs = distance(home, other);
            return mine == null ? other.ordinal() < size.ordinal()
                    : theirs < mine || theirs.equals(mine) && other.ordinal() < size.ordinal();
        }).toList();
    }

    private SuggestionPage.Home home(String cvegeo) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = timeout.bound(em.createNativeQuery("select cvegeo, state_code, size_class "
                + "from municipality_profile where cvegeo = :cvegeo", Object[].class)).setParameter("cvegeo", cvegeo)
                .getResultList();
        if (!found.isEmpty()) {
            Object[] row = found.get(0);
            return new SuggestionPage.Home((String) row[0], (String) row[1],
                    row[2] == null ? null : SizeClass.valueOf((String) row[2]));
        }
        if (timeout.bound(em.createNativeQuery("select 1 from municipality_profile limit 1")).getResultList().isEmpty()) {
            throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "Aún no se conocen los municipios: el servicio de taxonomía no ha respondido. Intente de nuevo en unos minutos.",
                    "The municipalities are not known yet: taxonomy-service has not answered. Try again in a few minutes.");
        }
        throw Problems.notFound("el municipio", "municipality", cvegeo);
    }
}
