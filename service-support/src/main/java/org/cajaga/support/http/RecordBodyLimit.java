package org.cajaga.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.cajaga.core.i18n.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large the body of an operation that takes one record may be ({@code cajaga.http.max-record-body},
 * 1 MB), and which paths take many records in one body instead ({@code cajaga.http.bulk-paths}, up to
 * {@code quarkus.http.limits.max-body-size}).
 */
@Singleton
public class RecordBodyLimit {

    @ConfigProperty(name = "cajaga.http.max-record-body", defaultValue = "1M")
    MemorySize maxRecordBody;

    @ConfigProperty(name = "cajaga.http.bulk-paths")
    Optional<List<String>> bulkPaths;

    /** Whether a body sent to {@code path} is one record (every path but the bulk ones). */
    public boolean appliesTo(String path) {
        String decoded = path.replace("%3A", ":").replace("%3a", ":");
        return bulkPaths.map(paths -> !paths.contains(decoded)).orElse(true);
    }

    public long maxBytes() {
        return maxRecordBody.asLongValue();
    }

    public String detail(Language language) {
        long kib = maxBytes() / 1024;
        return language == Language.EN
                ? "A single record may take at most " + kib + " KiB; push many records with the bulk operation."
                : "Un solo registro admite a lo más " + kib + " KiB; envíe muchos registros con la operación masiva.";
    }
}
