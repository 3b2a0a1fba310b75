package org.cajaga.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service's packages depend one way: the groundwork (config, security, audit, taxonomy) on nothing above it,
 * the practice records on the groundwork only, and what builds on records (workflow, ingest, reflection, search, adapt,
 * export, statistics and any package added later) on both, never the other way round.
 */
class PackageDirectionTest {

    private static final Path SOURCES = Path.of("src/main/java/org/cajaga/practices");
    /** A class of another package, imported or named in full. */
    private static final Pattern REFERENCE = Pattern.compile("org\\.cajaga\\.practices\\.([a-z]+)\\.[A-Z]");

    /** Each lower package and the packages it may use; every package not listed builds on all of these. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "config", Set.of(),
            "security", Set.of(),
            "audit", Set.of(),
            "taxonomy", Set.of("config"),
            "practice", Set.of("config", "security", "audit", "taxonomy"));

    @Test
    void lowerPackagesUseNothingAboveThem() throws IOException {
        Set<String> wrong = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String own = SOURCES.relativize(file).getName(0).toString();
                Set<String> allowed = MAY_USE.get(own);
                if (allowed == null) {
                    return;
                }
                Matcher references = REFERENCE.matcher(read(file));
                while (references.find()) {
                    String used = references.group(1);
                    if (!used.equals(own) && !allowed.contains(used)) {
                        wrong.add(SOURCES.relativize(file) + " uses " + used);
                    }
                }
            });
        }
        assertThat(wrong).isEmpty();
        assertThat(List.of("practice", "taxonomy", "workflow", "ingest", "adapt")).allMatch(p -> Files.isDirectory(SOURCES.resolve(p)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
