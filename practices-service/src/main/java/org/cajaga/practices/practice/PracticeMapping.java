package org.cajaga.practices.practice;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Between the practice entity and what clients write and read. */
public final class PracticeMapping {

    private PracticeMapping() {
    }

    /** Copies a client's record onto the entity and derives goals, sectors and searchable result text. */
    public static void apply(PracticeInput input, Practice practice) {
        practice.title = input.title().trim();
        practice.summary = input.summary().trim();
        practice.description = input.description();
        practice.problem = input.problem();
        practice.objectives = input.objectives();
        practice.targetPopulation = input.targetPopulation();
        practice.language = input.language() == null ? "es" : input.language();
        practice.stateCode = input.location().stateCode();
        practice.municipalities = distinct(input.location().municipalities());
        practice.periodStart = input.period() == null ? null : input.period().start();
        practice.periodEnd = input.period() == null ? null : input.period().end();
        practice.cocreated = input.coCreation().cocreated();
        practice.principles = distinct(input.principles());
        practice.lessons = distinct(input.lessons());
        practice.sdgTargets = distinct(input.sdgTargets());
        practice.sdgGoals = practice.sdgTargets.stream()
                .map(target -> Integer.valueOf(target.substring(0, target.indexOf('.'))))
                .distinct().sorted().toList();
        List<PracticeInput.Actor> actors = orEmpty(input.actors());
        practice.sectors = actors.stream().map(PracticeInput.Actor::sector).distinct().toList();
        practice.tags = distinct(input.tags());
        List<PracticeInput.OutcomeIndicator> results = orEmpty(input.results());
        practice.resultsText = results.stream()
                .map(r -> String.join(" ", Objects.toString(r.name(), ""), Objects.toString(r.source(), "")))
                .collect(Collectors.joining(" "));
        practice.details = new PracticeDetails(orEmpty(input.responsibleOrganisations()), actors,
                input.coCreation().how(), results, orEmpty(input.evidence()), input.contact());
    }

    public static PracticeInput toInput(Practice practice) {
        PracticeDetails details = practice.details;
        return new PracticeInput(practice.title, practice.summary, practice.description, practice.problem,
                practice.objectives, practice.targetPopulation, practice.language,
                new PracticeInput.Location("MX", practice.stateCode, practice.municipalities),
                practice.periodStart == null ? null : new PracticeInput.Period(practice.periodStart, practice.periodEnd),
                details.responsibleOrganisations(), details.actors(),
                new PracticeInput.CoCreation(practice.cocreated, details.coCreationHow()),
                practice.principles, practice.lessons, practice.sdgTargets, details.results(), details.evidence(),
                details.contact(), practice.tags);
    }

    public static PracticeView toView(Practice practice) {
        PracticeInput input = toInput(practice);
        PracticeView.ClassificationView classification = new PracticeView.ClassificationView(practice.classification,
                practice.classificationSet, practice.classificationSetVersion, practice.classificationEvaluationId,
                practice.classifiedAt);
        PracticeView.Source source = practice.sourceSystem == null ? null
                : new PracticeView.Source(practice.sourceSystem, practice.externalId);
        return new PracticeView(practice.id, input.title(), input.summary(), input.description(), input.problem(),
                input.objectives(), input.targetPopulation(), input.language(), input.location(), input.period(),
                practice.periodEnd == null, input.responsibleOrganisations(), input.actors(), input.coCreation(),
                input.principles(), input.lessons(), input.sdgTargets(), practice.sdgGoals, input.results(),
                input.evidence(), input.contact(), input.tags(), practice.status, classification, source,
                practice.version, practice.createdAt, practice.createdBy, practice.updatedAt, practice.updatedBy,
                practice.publishedAt);
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
