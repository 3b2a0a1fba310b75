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
 * order, with what the filters need). A practice is suggested when it is not yet present in the municipality: no
 * published practice of the municipality has all of its principles and one of its SDG goals (all of its principles
 * when it has no goal). The municipality's practices are reduced to 16 bit masks once per request (migration V13,
 * one per set of the four principles), so each entry is tested with one AND; the municipality's own practices are
 * present by that test.
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
     * filter adds. The bit tests are written {@code < 1}, not {@code = 0} (the same for these non-negative values):
     * the planner takes an equality on an expression for very selective and would then sort a whole class rather
     * than read it in index order up to the limit (measured: 30 ms instead of 0.1 ms per class).
     */
    private static final String CLASS_ROWS = """
            (select b.practice_id, b.size_classes, %2$s as distance, b.classification_rank, %4$s as problem_rank
               from practice_by_size_class b%5$s
              where %1$s%3$s
                and b.presence_bits & (cast(:masks as integer[]))[b.principle_bits + 1] < 1
                and (cardinality(cast(:principles as varchar[])) = 0 or b.principles && cast(:principles as varchar[]))
                and (cardinality(cast(:goals as integer[])) = 0 or b.sdg_goals && cast(:goals as integer[]))%6$s
              order by b.classification_rank, problem_rank desc, b.practice_id
              limit :limit)""";

    /** The profile and, for the presence masks, the bits of the municipality's published practices (migration V13). */
    private static final String PLACE = """
            select mp.cvegeo, mp.state_code, mp.size_class, coalesce(h.principle_bits, '{}'), coalesce(h.presence_bits, '{}')
              from municipality_profile mp
              left join lateral (select array_agg(cajaga_principle_bits(m.principles)) as principle_bits,
                                        array_agg(cajaga_presence_bits(m.sdg_goals)) as presence_bits
                                   from practice m
                                  where m.status = 'PUBLISHED' and m.municipalities @> array[mp.cvegeo]) h on true
             where mp.cvegeo = :cvegeo""";

    private static final String SUGGESTIONS = """
            with candidate as (
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
        Place place = place(cvegeo);
        SuggestionPage.Home home = place.home();
        Query statement = timeout.bound(em.createNativeQuery(statement(home.sizeClass(), problem != null)))
                .setParameter("state", home.state())
                .setParameter("principles", principles.toArray(String[]::new))
                .setParameter("goals", goals.toArray(Integer[]::new))
                .setParameter("masks", place.presenceMasks())
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
                nearer.isEmpty() ? "" : " and b.size_bits & " + sizeBits(nearer) + " < 1",
                problem ? "ts_rank_cd(c.search_vector, cajaga_query(:problem))" : "0",
                problem ? " join practice c on c.id = b.practice_id" : "",
                problem ? "\n                and c.search_vector @@ cajaga_query(:problem)" : "");
    }

    /** The bits of these classes, as {@code cajaga_size_bits} sets them (migration V10): one per class, in size order. */
    private static int sizeBits(List<SizeClass> sizes) {
        return sizes.stream().mapToInt(size -> 1 << size.ordinal()).reduce(0, (a, b) -> a | b);
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

    /** The municipality's profile and the presence masks of its published practices, in one statement. */
    private Place place(String cvegeo) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = timeout.bound(em.createNativeQuery(PLACE)).setParameter("cvegeo", cvegeo)
                .getResultList();
        if (!found.isEmpty()) {
            Object[] row = found.get(0);
            return new Place(new SuggestionPage.Home((String) row[0], (String) row[1],
                    row[2] == null ? null : SizeClass.valueOf((String) row[2])),
                    PresenceMasks.of(bits(row[3]), bits(row[4])));
        }
        if (timeout.bound(em.createNativeQuery("select 1 from municipality_profile limit 1")).getResultList().isEmpty()) {
            throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "Aún no se conocen los municipios: el servicio de taxonomía no ha respondido. Intente de nuevo en unos minutos.",
                    "The municipalities are not known yet: taxonomy-service has not answered. Try again in a few minutes.");
        }
        throw Problems.notFound("el municipio", "municipality", cvegeo);
    }

    private static int[] bits(Object column) {
        Object[] values = (Object[]) column;
        return Arrays.stream(values).mapToInt(value -> ((Number) value).intValue()).toArray();
    }

    private record Place(SuggestionPage.Home home, Integer[] presenceMasks) {
    }
}
