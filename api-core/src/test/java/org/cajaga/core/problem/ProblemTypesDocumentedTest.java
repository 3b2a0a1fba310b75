package org.cajaga.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/problems.md, where the type URIs point readers, lists every problem type with its status. */
class ProblemTypesDocumentedTest {

    @Test
    void everyTypeIsDocumented() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "problems.md"));
        for (ProblemType type : ProblemType.values()) {
            assertThat(page).as(type.slug()).contains("| `" + type.slug() + "` | " + type.status() + " |");
        }
    }
}
