package org.cajaga.practices.labels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The local copy of taxonomy-service's names for the codes practices refer to (table
 * {@code taxonomy_label}), which the search documents include. A refresh reads every list, in Spanish
 * and English, and writes only the names that changed; the table's triggers then compute again the
 * search documents of the practices that refer to them (migration V6). The same read of the municipalities
 * refreshes their profiles ({@link MunicipalityProfiles}). A refresh that changed labels fires {@link LabelsChanged}.
 */
@ApplicationScoped
public class TaxonomyLabels {

    private static final Logger LOG = Logger.getLogger(TaxonomyLabels.class);
    /** Lists longer than this are not taxonomy lists: a broken server must not keep the refresh paging forever. */
    private static final int MAX_PAGES = 100;

    @RestClient
    LabelsClient taxonomy;

    @Inject
    EntityManager em;

    @Inject
    MunicipalityProfiles profiles;

    @Inject
    Event<LabelsChanged> changes;

    /** Reads all labels and stores the changed ones; how many changed. While taxonomy-service fails, nothing changes. */
    @Transactional
    public synchronized int refresh() {
        List<Label> labels = new ArrayList<>();
        translated("principle", (language, cursor) -> taxonomy.principles(language, LabelsClient.PAGE, cursor),
                LabelPage.Term::code, LabelPage.Term::name, labels);
        translated("lesson", (language, cursor) -> taxonomy.lessons(language, LabelsClient.PAGE, cursor),
                LabelPage.Term::code, LabelPage.Term::name, labels);
        translated("sdgGoal", (language, cursor) -> taxonomy.goals(language, LabelsClient.PAGE, cursor),
                goal -> String.valueOf(goal.number()), LabelPage.Goal::shortTitle, labels);
        translated("sdgTarget", (language, cursor) -> taxonomy.targets(language, LabelsClient.PAGE, cursor),
                LabelPage.Target::code, LabelPage.Target::title, labels);
        all(cursor -> taxonomy.states(LabelsClient.PAGE, cursor))
                .forEach(state -> labels.add(new Label("state", state.code(), state.name(), state.name())));
        List<LabelPage.Municipality> municipalities = all(cursor -> taxonomy.municipalities(LabelsClient.PAGE, cursor));
        municipalities.forEach(m -> labels.add(new Label("municipality", m.cvegeo(), m.name(), m.name())));
        profiles.store(municipalities);
        int changed = em.createNativeQuery("insert into taxonomy_label (kind, code, es, en) "
                        + "select * from unnest(cast(:kinds as varchar[]), cast(:codes as varchar[]), cast(:es as varchar[]), "
                        + "cast(:en as varchar[])) on conflict (kind, code) do update set es = excluded.es, en = excluded.en "
                        + "where (taxonomy_label.es, taxonomy_label.en) is distinct from (excluded.es, excluded.en)")
                .setParameter("kinds", labels.stream().map(Label::kind).toArray(String[]::new))
                .setParameter("codes", labels.stream().map(Label::code).toArray(String[]::new))
                .setParameter("es", labels.stream().map(Label::es).toArray(String[]::new))
                .setParameter("en", labels.stream().map(Label::en).toArray(String[]::new))
                .executeUpdate();
        if (changed > 0) {
            LOG.infof("%d taxonomy labels new or renamed; search documents of their practices recomputed", changed);
            changes.fire(new LabelsChanged(changed));
        }
        return changed;
    }

    private record Label(String kind, String code, String es, String en) {
    }

    /** A list read in both languages: Spanish and English names per code. */
    private static <T> void translated(String kind, BiFunction<String, String, LabelPage<T>> page, Function<T, String> code,
                                       Function<T, String> name, List<Label> labels) {
        Map<String, String> english = new LinkedHashMap<>();
        all(cursor -> page.apply("en", cursor)).forEach(item -> english.put(code.apply(item), name.apply(item)));
        all(cursor -> page.apply("es", cursor)).forEach(item -> labels.add(new Label(kind, code.apply(item),
                name.apply(item), english.getOrDefault(code.apply(item), name.apply(item)))));
    }

    private static <T> List<T> all(Function<String, LabelPage<T>> page) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            LabelPage<T> current = page.apply(cursor);
            items.addAll(current.items());
            cursor = current.next();
            if (cursor == null) {
                return items;
            }
        }
        throw new IllegalStateException("taxonomy-service list longer than " + MAX_PAGES + " pages");
    }
}
