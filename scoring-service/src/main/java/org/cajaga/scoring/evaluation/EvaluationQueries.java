package org.cajaga.scoring.evaluation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;

/** Lists evaluations with keyset paging on their time-ordered ids: one query per page. */
@ApplicationScoped
public class EvaluationQueries {

    @Inject
    Evaluator evaluator;

    public Page<EvaluationView> list(UUID practiceId, EvaluationStatus status, EvaluationKind kind, PageParams page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!evaluator.seesAll()) {
            where.add("evaluator = :evaluator");
            parameters.and("evaluator", evaluator.name());
        }
        if (practiceId != null) {
            where.add("practiceId = :practice");
            parameters.and("practice", practiceId);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            where.add("kind = :kind");
            parameters.and("kind", kind);
        }
        page.cursor(1).ifPresent(after -> {
            where.add("id > :after");
            parameters.and("after", after.uuidKey(0));
        });
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id";
        List<Evaluation> fetched = Evaluation.find(query, parameters).page(0, page.limit() + 1).list();
        return Page.from(fetched, page.limit(), e -> Cursor.of(e.id.toString()), EvaluationView::of);
    }
}
