package org.cajaga.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.EntityTag;
import org.cajaga.core.i18n.Language;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    private final VersionTag tag = new VersionTag("principle/TRANSPARENCY", 3);

    @Test
    void entityTagsDependOnEveryPart() {
        assertThat(EntityTags.of("a", 1)).isEqualTo(EntityTags.of("a", 1));
        assertThat(EntityTags.of("a", 1)).isNotEqualTo(EntityTags.of("a", 2));
        assertThat(EntityTags.of("ab", "c")).isNotEqualTo(EntityTags.of("a", "bc"));
        assertThat(tag.in(Language.ES)).isNotEqualTo(tag.in(Language.EN));
        assertThat(EntityTags.of("x").isWeak()).isFalse();
    }

    @Test
    void aWriteMatchingAnyLanguageVariantOrStarPasses() {
        for (EntityTag variant : new EntityTag[] {tag.in(Language.ES), tag.in(Language.EN)}) {
            assertThatCode(() -> tag.requireMatchedBy(variant.toString())).doesNotThrowAnyException();
        }
        assertThatCode(() -> tag.requireMatchedBy("\"other\", " + tag.in(Language.EN))).doesNotThrowAnyException();
        assertThatCode(() -> tag.requireMatchedBy("*")).doesNotThrowAnyException();
    }

    @Test
    void aMissingTagIs428AndAStaleOrWeakOneIs412() {
        assertThatThrownBy(() -> tag.requireMatchedBy(null))
                .isInstanceOf(HttpProblem.class).extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(428);
        VersionTag older = new VersionTag("principle/TRANSPARENCY", 2);
        assertThatThrownBy(() -> tag.requireMatchedBy(older.in(Language.ES).toString()))
                .isInstanceOf(HttpProblem.class).extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(412);
        assertThatThrownBy(() -> tag.requireMatchedBy("W/" + tag.in(Language.ES)))
                .isInstanceOf(HttpProblem.class).extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(412);
    }
}
