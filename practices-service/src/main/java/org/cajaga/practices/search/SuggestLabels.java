package org.cajaga.practices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cajaga.practices.config.ReadTimeout;
import org.cajaga.practices.labels.LabelsChanged;

/**
 * The labels type-ahead suggests (municipalities with their state, states, principles and SDG goals), kept in
 * memory from the local copy of taxonomy-service's names ({@code taxonomy_label}, migration V6) and matched in
 * Java: some 2,500 labels take tens of microseconds, a statement over them took more than a millisecond of the
 * database's CPU per suggestion. Read again when older than {@link #MAX_AGE} (another instance may have stored
 * a rename) and after this instance's label refresh changed any.
 */
@ApplicationScoped
public class SuggestLabels {

    /** How long a renamed label may be suggested under its old name; labels themselves arrive once an hour. */
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private static final String LABELS = "select l.kind, case when l.kind = 'municipality' then l.es || coalesce(', ' || s.es, '') "
            + "else l.es end, l.code, l.folded from taxonomy_label l left join taxonomy_label s on l.kind = 'municipality' "
            + "and s.kind = 'state' and s.code = left(l.code, 2) where l.kind in ('municipality', 'state', 'principle', 'sdgGoal')";

    /** A label as suggested: the text to show and, accent-free, both its names to match. */
    record Label(String kind, String code, String text, String folded) {

        boolean isPlace() {
            return "municipality".equals(kind) || "state".equals(kind);
        }
    }

    /** A label that matched, and where: 0 its text starts with what was typed, 1 a word does, 2 inside a word. */
    record Match(Label label, int place) {
    }

    private record Snapshot(List<Label> labels, long readAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    ReadTimeout timeout;

    private volatile Snapshot snapshot;

    /** Every label containing {@code folded} (lower case, accent-free), best place first, alphabetically within each. */
    List<Match> matching(String folded) {
        List<Match> starts = new ArrayList<>();
        List<Match> words = new ArrayList<>();
        List<Match> inside = new ArrayList<>();
        String wordStart = " " + folded;
        for (Label label : labels()) {
            if (label.folded().startsWith(folded)) {
                starts.add(new Match(label, 0));
            } else if (label.folded().contains(wordStart)) {
                words.add(new Match(label, 1));
            } else if (label.folded().contains(folded)) {
                inside.add(new Match(label, 2));
            }
        }
        starts.addAll(words);
        starts.addAll(inside);
        return starts;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LabelsChanged changes) {
        snapshot = null;
    }

    private List<Label> labels() {
        Snapshot known = snapshot;
        if (known != null && System.nanoTime() - known.readAt() < MAX_AGE.toNanos()) {
            return known.labels();
        }
        long readAt = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = timeout.bound(em.createNativeQuery(LABELS)).getResultList();
        List<Label> labels = new ArrayList<>(rows.stream()
                .map(row -> new Label((String) row[0], (String) row[2], (String) row[1], (String) row[3])).toList());
        // as the "C" collation orders the folded titles they are merged with; places of the same name by code
        labels.sort(Comparator.comparing(Label::folded).thenComparing(Label::code));
        snapshot = new Snapshot(List.copyOf(labels), readAt);
        return labels;
    }
}
