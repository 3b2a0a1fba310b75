package org.cajaga.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.EntityTag;
import org.cajaga.core.i18n.Language;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    private final VersionTag tag = VersionTag.of("principle", "TRANSPARENCY", 3);

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
        for (EntityTag variant : new EntityTag[] {tag.tag(), tag.in(Language.ES), tag.in(Language.EN)}) {
            assertThatCode(() -> ExpectedVersion.of(variant.toString()).require(tag)).doesNotThrowAnyException();
        }
        assertThatCode(() -> ExpectedVersion.of("\"other\", " + tag.in(Language.EN)).require(tag)).doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.of("*").require(tag)).doesNotThrowAnyException();
    }

    @Test
    void aMissingTagIs428AndAStaleOrWeakOneIs412() {
        assertThatThrownBy(() -> ExpectedVersion.of(null).require(tag))
                .isInstanceOf(HttpProblem.class).extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(428);
        assertThatThrownBy(() -> ExpectedVersion.of(" ").require(tag))
                .isInstanceOf(HttpProblem.class).extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(428);
        VersionTag older = VersionTag.of("principle", "TRANSPARENCY", 2);
        assertThatThrownBy(() -> ExpectedVersion.of(older.in(Language.ES).toString()).require(tag))
                .isInstanceOf(HttpProblem.class).extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(412);
        assertThatThrownBy(() -> ExpectedVersion.of(older.tag().toString()).require(tag))
                .isInstanceOf(HttpProblem.class).extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(412);
        assertThatThrownBy(() -> ExpectedVersion.of("W/" + tag.in(Language.ES)).require(tag))
                .isInstanceOf(HttpProblem.class).extracting(e -> ((HttpProblem) e).getStatusCode()).isEqualTo(412);
    }
}
