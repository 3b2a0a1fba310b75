package org.cajaga.practices.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PracticeQueryTest {

    @Test
    void aFuzzyQueryAdmitsABoundedNumberOfCandidatesUnderAllItsFilters() {
        PracticeFilters filters = new PracticeFilters();
        filters.q = "partisipacion ciudadana";
        PracticeQuery fuzzy = PracticeQuery.of(filters, "").fuzzy();

        assertThat(fuzzy.where()).startsWith("p.id in (select p.id from practice p where :q <% p.search_words and ")
                .contains("p.owner = :viewer").endsWith(" limit " + PracticeQuery.FUZZY_CANDIDATES + ")");
        assertThat(PracticeQuery.of(filters, "").where()).doesNotContain("limit");
    }
}
