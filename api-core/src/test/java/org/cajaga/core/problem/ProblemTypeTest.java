package org.cajaga.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.cajaga.core.correlation.RequestIds;
import org.cajaga.core.i18n.Language;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void everyStatusHasOneGenericTypeAndUnknownOnesFallBackByClass() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.CONFLICT);
        assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.UNAVAILABLE);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(507)).isEqualTo(ProblemType.INTERNAL);
    }

    @Test
    void typesAreAbsoluteHttpsUrisWithUniqueSlugsAndBothTitles() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug).distinct().count())
                .isEqualTo(ProblemType.values().length);
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.type().isAbsolute()).isTrue();
            assertThat(type.type().getScheme()).isEqualTo("https");
            assertThat(type.title(Language.ES)).isNotBlank().isNotEqualTo(type.title(Language.EN));
        }
    }

    @Test
    void requestIdsKeepHarmlessOnesAndReplaceTheRest() {
        assertThat(RequestIds.accept("abc-123")).isEqualTo("abc-123");
        assertThat(RequestIds.accept("bad id\n")).hasSize(36).isNotEqualTo("bad id\n");
        assertThat(RequestIds.accept(null)).hasSize(36);
        assertThat(RequestIds.accept("x".repeat(129))).hasSize(36);
    }
}
