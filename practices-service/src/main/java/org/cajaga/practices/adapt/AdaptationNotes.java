package org.cajaga.practices.adapt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.cajaga.practices.config.ReadTimeout;
import org.cajaga.practices.practice.PracticeAccess;

/**
 * The adaptation elements of the reflections on a practice that moderation left visible, aggregated in SQL
 * ({@code practice_adaptation_elements}, migration V7: split at commas, semicolons and line breaks, counted with
 * case, accents and spacing aside, shown in their most common spelling), and the municipalities they name.
 */
@ApplicationScoped
public class AdaptationNotes {

    static final String NOTES = """
            select cast(json_build_object(
                   'elements', coalesce((select json_agg(json_build_object('element', e.element,
                           'reflections', e.reflections) order by e.reflections desc, e.element)
                       from practice_adaptation_elements(:id) e), '[]'),
                   'municipalities', coalesce((select json_agg(json_build_object('cvegeo', m.cvegeo, 'name', l.es,
                           'reflections', m.reflections) order by m.reflections desc, m.cvegeo)
                       from (select r.adapt_municipality as cvegeo, count(*) as reflections from reflection r
                              where r.practice_id = :id and not r.hidden and r.adapt_municipality is not null
                              group by r.adapt_municipality) m
                       left join taxonomy_label l on l.kind = 'municipality' and l.code = m.cvegeo), '[]')) as text)
            """;

    @Inject
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    JsonRows rows;

    @Inject
    ReadTimeout timeout;

    /** The notes of a practice the caller may see (as its reflections); otherwise a 404 problem. */
    public PracticeAdaptations of(UUID id) {
        access.find(id);
        return rows.one((String) timeout.bound(em.createNativeQuery(NOTES)).setParameter("id", id).getSingleResult(),
                PracticeAdaptations.class);
    }
}
