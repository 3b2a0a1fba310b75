package org.cajaga.scoring.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cajaga.core.i18n.Language;
import org.cajaga.scoring.config.ScoringConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lessons are read page by page, kept per language for {@code lessons-kept}, and read again after it. */
class LessonCatalogueTest {

    private final List<String> asked = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-15T10:00:00Z");
    private final LessonCatalogue catalogue = new LessonCatalogue();

    @BeforeEach
    void wire() {
        catalogue.taxonomy = new GuardedTaxonomyClient() {
            @Override
            public LessonPage lessons(int limit, String cursor, String language) {
                asked.add(language + " " + cursor);
                return cursor == null
                        ? new LessonPage(List.of(new LessonPage.Lesson("COCREATION", language + " 1", List.of("RECOGNITION"))), "2")
                        : new LessonPage(List.of(new LessonPage.Lesson("AGENDA2030", language + " 2", null)), null);
            }
        };
        catalogue.config = new ScoringConfig() {
            @Override
            public int minExpertEvaluations() {
                return 2;
            }

            @Override
            public Duration lessonsKept() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Outbox outbox() {
                throw new UnsupportedOperationException();
            }
        };
        catalogue.clock = () -> now;
    }

    @Test
    void followsTheCursorAndKeepsEachLanguageForItsTime() {
        List<LessonPage.Lesson> spanish = catalogue.lessons(Language.ES);
        assertThat(spanish).extracting(LessonPage.Lesson::name).containsExactly("es 1", "es 2");
        assertThat(spanish.get(1).criteria()).isEmpty();
        assertThat(asked).containsExactly("es null", "es 2");

        now = now.plus(Duration.ofMinutes(4));
        assertThat(catalogue.lessons(Language.ES)).isEqualTo(spanish);
        catalogue.lessons(Language.EN);
        assertThat(asked).containsExactly("es null", "es 2", "en null", "en 2");

        now = now.plus(Duration.ofMinutes(1));
        catalogue.lessons(Language.ES);
        assertThat(asked).containsExactly("es null", "es 2", "en null", "en 2", "es null", "es 2");
    }
}
