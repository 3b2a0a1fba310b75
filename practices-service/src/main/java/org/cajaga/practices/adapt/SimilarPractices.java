package org.cajaga.practices.adapt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.cajaga.practices.practice.PracticeAccess;

/**
 * Published practices ranked by what they share with one practice, in one SQL statement: the Jaccard index of
 * their principles (weight 0.25), lessons (0.20), SDG targets (0.20) and the Spanish lexemes of their problem and
 * objectives (0.20, {@code practice.aim_lexemes}), plus 0.10 when one of their municipalities has a size class of
 * the other's and 0.05 in the same state. Only practices that share at least one principle, lesson, target or word
 * are candidates: a place alone does not make two practices alike.
 */
@ApplicationScoped
public class SimilarPractices {

    static final String RANKING = """
            with source as (
                select p.id, p.principles, p.lessons, p.sdg_targets, p.aim_lexemes, p.state_code,
                       practice_size_classes(p.municipalities) as sizes
                  from practice p where p.id = :id),
            candidate as (
                select c.id, c.title, c.classification, c.municipalities, c.state_code,
                       array(select unnest(c.principles) intersect select unnest(s.principles) order by 1) as principles,
                       array(select unnest(c.lessons) intersect select unnest(s.lessons) order by 1) as lessons,
                       array(select unnest(c.sdg_targets) intersect select unnest(s.sdg_targets) order by 1) as targets,
                       array(select unnest(c.aim_lexemes) intersect select unnest(s.aim_lexemes) order by 1) as words,
                       cardinality(c.principles) + cardinality(s.principles) as principles_both,
                       cardinality(c.lessons) + cardinality(s.lessons) as lessons_both,
                       cardinality(c.sdg_targets) + cardinality(s.sdg_targets) as targets_both,
                       cardinality(c.aim_lexemes) + cardinality(s.aim_lexemes) as words_both,
                       practice_size_classes(c.municipalities) && s.sizes as same_size,
                       c.state_code = s.state_code as same_state
                  from practice c cross join source s
                 where c.status = 'PUBLISHED' and c.id <> s.id
                   and (c.principles && s.principles or c.lessons && s.lessons or c.sdg_targets && s.sdg_targets
                        or c.aim_lexemes && s.aim_lexemes)),
            scored as (
                select candidate.*, round(
                       0.25 * cajaga_overlap(cardinality(principles), principles_both)
                     + 0.20 * cajaga_overlap(cardinality(lessons), lessons_both)
                     + 0.20 * cajaga_overlap(cardinality(targets), targets_both)
                     + 0.20 * cajaga_overlap(cardinality(words), words_both)
                     + case when same_size then 0.10 else 0 end
                     + case when same_state then 0.05 else 0 end, 3) as score
                  from candidate)
            select cast(json_build_object('id', id, 'title', title, 'classification', classification,
                       'municipalities', municipalities, 'state', state_code, 'score', score,
                       'reasons', json_build_object('sharedPrinciples', principles, 'sharedLessons', lessons,
                           'sharedTargets', targets, 'sharedWords', words, 'sameSizeClass', same_size,
                           'sameState', same_state)) as text)
              from scored
             order by score desc, id
             limit :limit
            """;

    @Inject
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    JsonRows rows;

    /** The practices like {@code id}, best first; a practice the caller may not see is a 404 problem. */
    public SimilarPage of(UUID id, int limit) {
        access.find(id);
        return new SimilarPage(rows.read(em.createNativeQuery(RANKING, String.class).setParameter("id", id)
                .setParameter("limit", limit), SimilarPage.Item.class));
    }
}
