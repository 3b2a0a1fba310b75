package org.cajaga.practices.adapt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.cajaga.practices.config.ReadTimeout;
import org.cajaga.practices.practice.PracticeAccess;

/**
 * Published practices ranked by what they share with one practice, in one SQL statement: the Jaccard index of
 * their principles (weight 0.25), lessons (0.20), SDG targets (0.20) and the Spanish lexemes of their problem and
 * objectives (0.20, {@code practice.aim_lexemes}), plus 0.10 when one of their municipalities has a size class of
 * the other's and 0.05 in the same state. Candidates are the practices that share at least one SDG target or word:
 * they are read from {@code practice_similarity_key} (migration V10), one index entry per target and word of each
 * published practice with what scoring needs, so the statement reads only the entries of the practice's own
 * targets and words, never the practice rows, and reads the rows of the answered practices alone. Principles and
 * lessons (4 and 10 codes) never make a candidate on their own: sharing one admits most of the catalogue.
 */
@ApplicationScoped
public class SimilarPractices {

    static final String RANKING = """
            with source as (
                select p.id, p.principles, p.lessons, p.sdg_targets, p.aim_lexemes, p.state_code,
                       cajaga_principle_bits(p.principles) as principle_bits, cajaga_lesson_bits(p.lessons) as lesson_bits,
                       cajaga_size_bits(array(select mp.size_class from municipality_profile mp
                                               where mp.cvegeo = any (p.municipalities))) as size_bits
                  from practice p where p.id = :id),
            candidate as (
                select k.practice_id as id, k.principle_bits, k.principles, k.lesson_bits, k.lessons, k.targets, k.words,
                       k.state_code, k.size_bits,
                       cast(count(*) filter (where k.key like 't:%') as integer) as shared_targets,
                       cast(count(*) filter (where k.key like 'w:%') as integer) as shared_words
                  from practice_similarity_key k
                 where k.key = any (array(select 't:' || t from source, unnest(source.sdg_targets) t
                                          union all select 'w:' || w from source, unnest(source.aim_lexemes) w))
                   and k.practice_id <> :id
                 group by k.practice_id, k.principle_bits, k.principles, k.lesson_bits, k.lessons, k.targets, k.words,
                          k.state_code, k.size_bits),
            ranked as (
                select c.id, round(1000 * (
                         0.25 * cajaga_jaccard(cajaga_shared_bits(c.principle_bits, s.principle_bits), c.principles,
                                               cardinality(s.principles))
                       + 0.20 * cajaga_jaccard(cajaga_shared_bits(c.lesson_bits, s.lesson_bits), c.lessons,
                                               cardinality(s.lessons))
                       + 0.20 * cajaga_jaccard(c.shared_targets, c.targets, cardinality(s.sdg_targets))
                       + 0.20 * cajaga_jaccard(c.shared_words, c.words, cardinality(s.aim_lexemes))
                       + case when c.size_bits & s.size_bits <> 0 then 0.10 else 0 end
                       + case when c.state_code = s.state_code then 0.05 else 0 end)) / 1000 as score,
                       c.size_bits & s.size_bits <> 0 as same_size, c.state_code = s.state_code as same_state
                  from candidate c cross join source s
                 order by score desc, c.id
                 limit :limit)
            select cast(json_build_object('id', p.id, 'title', p.title, 'classification', p.classification,
                       'municipalities', p.municipalities, 'state', p.state_code, 'score', r.score,
                       'reasons', json_build_object(
                           'sharedPrinciples', array(select unnest(p.principles) intersect select unnest(s.principles) order by 1),
                           'sharedLessons', array(select unnest(p.lessons) intersect select unnest(s.lessons) order by 1),
                           'sharedTargets', array(select unnest(p.sdg_targets) intersect select unnest(s.sdg_targets) order by 1),
                           'sharedWords', array(select unnest(p.aim_lexemes) intersect select unnest(s.aim_lexemes) order by 1),
                           'sameSizeClass', r.same_size, 'sameState', r.same_state)) as text)
              from ranked r join practice p on p.id = r.id cross join source s
             order by r.score desc, r.id
            """;

    @Inject
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    JsonRows rows;

    @Inject
    ReadTimeout timeout;

    /** The practices like {@code id}, best first; a practice the caller may not see is a 404 problem. */
    public SimilarPage of(UUID id, int limit) {
        access.find(id);
        return new SimilarPage(rows.read(timeout.bound(em.createNativeQuery(RANKING, String.class)).setParameter("id", id)
                .setParameter("limit", limit), SimilarPage.Item.class));
    }
}
