package org.cajaga.practices.adapt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.geography.SizeClass;
import org.cajaga.support.problem.Problems;

/**
 * Published practices a municipality could adapt, in one SQL statement over the practices and the municipality
 * profiles (migration V7). A practice is suggested when it is carried out elsewhere and is not yet present in the
 * municipality: no published practice of the municipality has all of its principles and one of its SDG goals (all
 * of its principles when it has no goal). Optional filters: any of {@code principles}, any of {@code goals}, and
 * {@code problem} as full text (the search's web syntax). Order: size-class distance (the municipality's own class
 * first, then the nearest), classification (EMBLEMATIC, GOOD_PRACTICE, PENDING, NOT_CLASSIFIED), how well it
 * matches {@code problem}, id. The adaptation elements are looked up for the answered rows only.
 */
@ApplicationScoped
public class MunicipalitySuggestions {

    static final String SUGGESTIONS = """
            with home as (
                select h.cvegeo, h.state_code, cajaga_size_rank(h.size_class) as size_rank
                  from municipality_profile h where h.cvegeo = :cvegeo),
            candidate as (
                select c.id, c.title, c.classification, c.municipalities, c.state_code,
                       practice_size_classes(c.municipalities) as sizes,
                       (select min(abs(cajaga_size_rank(mp.size_class) - h.size_rank)) from municipality_profile mp
                         where mp.cvegeo = any (c.municipalities)) as distance,
                       array(select unnest(c.principles) intersect select unnest(cast(:principles as varchar[])) order by 1)
                           as principles,
                       array(select unnest(c.sdg_goals) intersect select unnest(cast(:goals as integer[])) order by 1) as goals,
                       :problem <> '' as problem_asked,
                       case when :problem = '' then 0 else ts_rank_cd(c.search_vector, cajaga_query(:problem)) end
                           as problem_rank,
                       c.state_code = h.state_code as same_state
                  from practice c cross join home h
                 where c.status = 'PUBLISHED' and not (c.municipalities @> cast(array[h.cvegeo] as varchar[]))
                   and (cardinality(cast(:principles as varchar[])) = 0 or c.principles && cast(:principles as varchar[]))
                   and (cardinality(cast(:goals as integer[])) = 0 or c.sdg_goals && cast(:goals as integer[]))
                   and (:problem = '' or c.search_vector @@ cajaga_query(:problem))
                   and not exists (select 1 from practice m
                                    where m.status = 'PUBLISHED' and m.municipalities @> cast(array[h.cvegeo] as varchar[])
                                      and m.principles @> c.principles
                                      and (m.sdg_goals && c.sdg_goals or cardinality(c.sdg_goals) = 0))),
            ranked as (
                select candidate.*, row_number() over (order by distance nulls last,
                           array_position(cast(array['EMBLEMATIC', 'GOOD_PRACTICE', 'PENDING', 'NOT_CLASSIFIED'] as varchar[]),
                               classification),
                           problem_rank desc, id) as position
                  from candidate)
            select cast(json_build_object('id', id, 'title', title, 'classification', classification,
                       'municipalities', municipalities, 'state', state_code, 'sizeClasses', sizes,
                       'adaptationElements', coalesce((select json_agg(json_build_object('element', e.element,
                               'reflections', e.reflections) order by e.reflections desc, e.element)
                           from (select * from practice_adaptation_elements(ranked.id) limit 5) e), '[]'),
                       'reasons', json_build_object('sameSizeClass', coalesce(distance = 0, false),
                           'sizeClassDistance', distance, 'sharedPrinciples', principles, 'sharedGoals', goals,
                           'matchesProblem', problem_asked, 'sameState', same_state)) as text)
              from ranked
             where position <= :limit
             order by position
            """;

    @Inject
    EntityManager em;

    @Inject
    JsonRows rows;

    /**
     * The suggestions for a municipality; an unknown CVEGEO is a 404 problem, and while no profile was ever copied
     * from taxonomy-service a 503 problem (try again).
     */
    public SuggestionPage of(String cvegeo, List<String> principles, List<Integer> goals, String problem, int limit) {
        SuggestionPage.Home home = home(cvegeo);
        List<SuggestionPage.Item> items = rows.read(em.createNativeQuery(SUGGESTIONS, String.class)
                .setParameter("cvegeo", cvegeo)
                .setParameter("principles", principles.toArray(String[]::new))
                .setParameter("goals", goals.toArray(Integer[]::new))
                .setParameter("problem", problem == null ? "" : problem)
                .setParameter("limit", limit), SuggestionPage.Item.class);
        return new SuggestionPage(home, items);
    }

    private SuggestionPage.Home home(String cvegeo) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select cvegeo, state_code, size_class from municipality_profile "
                + "where cvegeo = :cvegeo", Object[].class).setParameter("cvegeo", cvegeo).getResultList();
        if (!found.isEmpty()) {
            Object[] row = found.get(0);
            return new SuggestionPage.Home((String) row[0], (String) row[1],
                    row[2] == null ? null : SizeClass.valueOf((String) row[2]));
        }
        if (em.createNativeQuery("select 1 from municipality_profile limit 1").getResultList().isEmpty()) {
            throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "Aún no se conocen los municipios: el servicio de taxonomía no ha respondido. Intente de nuevo en unos minutos.",
                    "The municipalities are not known yet: taxonomy-service has not answered. Try again in a few minutes.");
        }
        throw Problems.notFound("el municipio", "municipality", cvegeo);
    }
}
