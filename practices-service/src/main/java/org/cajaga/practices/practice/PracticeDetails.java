package org.cajaga.practices.practice;

import java.util.List;

/** The nested parts of a practice that are read and written whole (one jsonb column). */
public record PracticeDetails(
        List<String> responsibleOrganisations,
        List<PracticeInput.Actor> actors,
        String coCreationHow,
        List<PracticeInput.OutcomeIndicator> results,
        List<PracticeInput.Evidence> evidence,
        PracticeInput.Contact contact) {
}
