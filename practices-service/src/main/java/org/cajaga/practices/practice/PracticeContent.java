package org.cajaga.practices.practice;

import java.util.List;
import java.util.Map;
import org.cajaga.practices.taxonomy.TaxonomyCodeSet;

/**
 * A record as it is stored, made once per write from what the client sent: title and summary trimmed, lists
 * without repeats, absent lists empty, the language and country defaulted. It is what is compared with the
 * stored record, applied to it and kept in the history.
 */
public record PracticeContent(PracticeInput record) {

    /** Where each kind of taxonomy code sits in a record, when not under its own name. */
    public static final Map<String, String> CODE_FIELDS = Map.of("municipalities", "location.municipalities",
            "sectors", "actors.sector");

    public static PracticeContent of(PracticeInput input) {
        PracticeInput.Location location = input.location();
        return new PracticeContent(new PracticeInput(input.title().trim(), input.summary().trim(), input.description(),
                input.problem(), input.objectives(), input.targetPopulation(),
                input.language() == null ? "es" : input.language(),
                new PracticeInput.Location("MX", location.stateCode(), distinct(location.municipalities())),
                input.period(), orEmpty(input.responsibleOrganisations()), orEmpty(input.actors()), input.coCreation(),
                distinct(input.principles()), distinct(input.lessons()), distinct(input.sdgTargets()),
                orEmpty(input.results()), orEmpty(input.evidence()), input.contact(), distinct(input.tags())));
    }

    public List<String> municipalities() {
        return record.location().municipalities();
    }

    /** The taxonomy codes the record refers to, as taxonomy-service's batch validation takes them. */
    public TaxonomyCodeSet codes() {
        return TaxonomyCodeSet.empty().add(record.principles(), record.lessons(),
                record.actors().stream().map(PracticeInput.Actor::sector).toList(), record.sdgTargets(), municipalities());
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
