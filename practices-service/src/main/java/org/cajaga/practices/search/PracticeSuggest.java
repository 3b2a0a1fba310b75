package org.cajaga.practices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Type-ahead in one statement: published titles and the labels of municipalities, states, principles
 * and SDG goals (the local copy of taxonomy-service's, migration V6) that contain the typed text,
 * accent-free, each found through a trigram index; municipalities and states only where published
 * practices are. Text starting with it comes first, then a word starting with it, then the rest.
 */
@ApplicationScoped
public class PracticeSuggest {

    private static final String PLACE = "case when %1$s like :prefix then 0 when %1$s like :wordPrefix then 1 else 2 end";

    @Inject
    EntityManager em;

    public Suggestions suggest(String q, int limit) {
        String text = FuzzyText.folded(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, text, code, id from ("
                        + "(select 'title' as kind, p.title as text, cast(null as varchar) as code, cast(p.id as varchar) as id, "
                        + PLACE.formatted("p.search_title") + " as place, length(p.title) as size from practice p "
                        + "where p.status = 'PUBLISHED' and p.search_title like :contains order by place, size, text limit :limit) "
                        + "union all (select l.kind, case when l.kind = 'municipality' then l.es || coalesce(', ' || s.es, '') "
                        + "else l.es end, l.code, null, " + PLACE.formatted("l.folded") + " as place, length(l.es) as size "
                        + "from taxonomy_label l left join taxonomy_label s on l.kind = 'municipality' and s.kind = 'state' "
                        + "and s.code = left(l.code, 2) "
                        + "where l.kind in ('municipality', 'state', 'principle', 'sdgGoal') and l.folded like :contains "
                        + "and (l.kind not in ('municipality', 'state') or exists (select 1 from practice p "
                        + "where p.status = 'PUBLISHED' and (l.kind = 'municipality' and p.municipalities @> array[l.code] "
                        + "or l.kind = 'state' and p.state_code = l.code))) order by place, size, 2 limit :limit)"
                        + ") s order by place, size, text limit :limit")
                .setParameter("contains", "%" + text + "%")
                .setParameter("prefix", text + "%")
                .setParameter("wordPrefix", "% " + text + "%")
                .setParameter("limit", limit)
                .getResultList();
        return new Suggestions(rows.stream().map(row -> new Suggestions.Suggestion((String) row[0], (String) row[1],
                (String) row[2], (String) row[3])).toList());
    }
}
