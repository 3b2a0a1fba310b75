package org.cajaga.practices.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cajaga.support.ids.TimeOrderedIds;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;

/** Keeps every change to a practice with the old and new value of each field that changed. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Records a change between two states of a practice (either may be null: creation, deletion). */
    public void record(UUID practiceId, String action, String user, Object before, Object after) {
        record(practiceId, action, user, diff(before, after));
    }

    /** Records a change whose field differences are known already ({@link #diff}). */
    public void record(UUID practiceId, String action, String user, List<FieldChange> changes) {
        PracticeChange change = new PracticeChange();
        change.id = TimeOrderedIds.next();
        change.practiceId = practiceId;
        change.action = action;
        change.changedBy = user;
        change.changedAt = Instant.now();
        change.changes = changes;
        em.persist(change);
    }

    /** Field-level differences of two objects as JSON; unchanged fields are left out. */
    public List<FieldChange> diff(Object before, Object after) {
        ObjectNode old = before == null ? json.createObjectNode() : json.valueToTree(before);
        ObjectNode now = after == null ? json.createObjectNode() : json.valueToTree(after);
        Set<String> fields = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode a = present(old.get(field));
            JsonNode b = present(now.get(field));
            if (a == null ? b != null : !a.equals(b)) {
                changes.add(new FieldChange(field, a, b));
            }
        }
        return changes;
    }

    public Page<ChangeView> history(UUID practiceId, PageParams paging) {
        int limit = paging.limit();
        UUID after = paging.cursor(1).map(c -> c.uuidKey(0)).orElse(new UUID(0, 0));
        List<PracticeChange> fetched = em.createQuery("from PracticeChange where practiceId = :practice and id > :after"
                        + " order by id", PracticeChange.class)
                .setParameter("practice", practiceId).setParameter("after", after)
                .setMaxResults(limit + 1).getResultList();
        return Page.from(fetched, limit, change -> Cursor.of(change.id.toString()), ChangeView::of);
    }

    private static JsonNode present(JsonNode node) {
        if (node == null || node.isNull() || (node.isContainerNode() && node.isEmpty())) {
            return null;
        }
        return node;
    }
}
