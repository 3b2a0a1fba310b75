package org.cajaga.practices.adapt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.cajaga.practices.config.ReadTimeout;
import org.cajaga.practices.practice.PracticeAccess;
import org.cajaga.support.problem.Problems;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Published practices ranked by what they share with one practice, in one SQL statement: the Jaccard index of
 * their principles (weight 0.25), lessons (0.20), SDG targets (0.20) and the Spanish lexemes of their problem and
 * objectives (0.20, {@code practice.aim_lexemes}), plus 0.10 when one of their municipalities has a size class of
 * the other's and 0.05 in the same state. Candidates are the practices that share at least one SDG target or word:
 * the function {@code similar_practices} (migration V14) reads them from {@code practice_similarity_key}, one index
 * entry per target and word of each published practice with what scoring needs packed in one number, so it reads only
 * the entries of the practice's own targets and words, never the practice rows, and reads the rows of the answered
 * practices alone. Principles and lessons (4 and 10 codes) never make a candidate on their own: sharing one admits most
 * of the catalogue.
 *
 * <p>The function also decides whether the caller may see the practice ({@link PracticeAccess#reader()}) and builds
 * the answer, a {@link SimilarPage}, as JSON text that goes to the client as it is: no entity is loaded and nothing is
 * parsed or written again in Java. The statement has no result class: with one, Hibernate caches a new interpretation
 * of it for every execution and compares each new one with all those kept, which cost more CPU than the rest of the
 * request.
 */
@ApplicationScoped
public class SimilarPractices {

    static final String RANKING = "select similar_practices(:id, :limit, :reader)";

    @Inject
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    ReadTimeout timeout;

    /** The page of practices like {@code id}, best first, as JSON; a practice the caller may not see is a 404 problem. */
    public String of(UUID id, int limit) {
        Object page = timeout.bound(em.createNativeQuery(RANKING)).setParameter("id", id).setParameter("limit", limit)
                .unwrap(NativeQuery.class).setParameter("reader", access.reader(), StandardBasicTypes.STRING)
                .getSingleResult();
        if (page == null) {
            throw Problems.notFound("la práctica", "practice", id);
        }
        return (String) page;
    }
}
