package org.cajaga.practices.practice;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Between the practice entity and what clients write and read. */
public final class PracticeMapping {

    private PracticeMapping() {
    }

    /** Copies a record's content onto the entity and derives goals, sectors and searchable result text. */
    public static void apply(PracticeContent content, Practice practice) {
        PracticeInput record = content.record();
        practice.title = record.title();
        practice.summary = record.summary();
        practice.description = record.description();
        practice.problem = record.problem();
        practice.objectives = record.objectives();
        practice.targetPopulation = record.targetPopulation();
        practice.language = record.language();
        practice.stateCode = record.location().stateCode();
        practice.municipalities = record.location().municipalities();
        practice.periodStart = record.period() == null ? null : record.period().start();
        practice.periodEnd = record.period() == null ? null : record.period().end();
        practice.cocreated = record.coCreation().cocreated();
        practice.principles = record.principles();
        practice.lessons = record.lessons();
        practice.sdgTargets = record.sdgTargets();
        practice.sdgGoals = practice.sdgTargets.stream()
                .map(target -> Integer.valueOf(target.substring(0, target.indexOf('.'))))
                .distinct().sorted().toList();
        practice.sectors = record.actors().stream().map(PracticeInput.Actor::sector).distinct().toList();
        practice.tags = record.tags();
        practice.resultsText = record.results().stream()
                .map(r -> String.join(" ", Objects.toString(r.name(), ""), Objects.toString(r.source(), "")))
                .collect(Collectors.joining(" "));
        practice.details = new PracticeDetails(record.responsibleOrganisations(), record.actors(),
                record.coCreation().how(), record.results(), record.evidence(), record.contact());
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
}
