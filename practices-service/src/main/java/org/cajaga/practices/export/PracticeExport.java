package org.cajaga.practices.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.cajaga.practices.ingest.PracticeCsv;
import org.cajaga.practices.practice.PracticeMapping;
import org.cajaga.practices.search.PracticeFilters;
import org.cajaga.practices.search.PracticeQuery;
import org.cajaga.practices.search.PracticeSearch;

/**
 * Writes published practices as NDJSON or CSV while reading them: ids come from one streamed query,
 * records are loaded 200 at a time, so memory stays flat whatever the size of the catalogue.
 */
@ApplicationScoped
public class PracticeExport {

    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    PracticeSearch search;

    @Inject
    ObjectMapper json;

    /** Filters are checked before the answer starts, so a bad filter is still a clean 400. */
    public record Selection(PracticeQuery query) {
    }

    public Selection select(PracticeFilters filters) {
        return new Selection(PracticeQuery.of(filters, "").publishedOnly());
    }

    public void write(Selection selection, boolean csv, boolean bom, OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (csv && bom) {
                    writer.write('\uFEFF');
                }
                SequenceWriter sequence = csv
                        ? new CsvMapper().writer(csvSchema()).writeValues(writer)
                        : json.writer().withRootValueSeparator("\n").writeValues(writer);
                Query ids = em.createNativeQuery("select p.id from practice p where " + selection.query().where()
                        + " order by p.updated_at, p.id", UUID.class);
                selection.query().parameters().forEach(ids::setParameter);
                ids.setHint("org.hibernate.fetchSize", 1000);
                @SuppressWarnings("unchecked")
                Iterator<UUID> stream = ids.getResultStream().iterator();
                List<UUID> batch = new ArrayList<>(BATCH);
                boolean any = stream.hasNext();
                while (stream.hasNext()) {
                    batch.add(stream.next());
                    if (batch.size() == BATCH || !stream.hasNext()) {
                        for (var practice : search.load(batch)) {
                            var view = PracticeMapping.toView(practice);
                            sequence.write(csv ? FormulaSafeCells.of(PracticeCsv.toRow(view)) : view);
                        }
                        em.clear();
                        batch.clear();
                    }
                }
                if (!csv && any) {
                    writer.write('\n');
                }
                sequence.flush();
                writer.flush();
            } catch (IOException clientWentAway) {
                throw new UncheckedIOException(clientWentAway);
            }
        });
    }

    private static CsvSchema csvSchema() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        PracticeCsv.EXPORT_COLUMNS.forEach(schema::addColumn);
        return schema.build();
    }
}
