package org.cajaga.taxonomy.migration;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** A reference file of {@code src/main/resources/reference} (see its SOURCE.md), row by row, by column name. */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static List<Map<String, String>> rows(String file) throws IOException {
        String resource = "reference/" + file;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing reference data " + resource);
            }
            CsvMapper mapper = new CsvMapper();
            try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                return it.readAll();
            }
        }
    }
}
