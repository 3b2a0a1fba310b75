package org.cajaga.practices.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cajaga.practices.ingest.PracticeCsv;
import org.cajaga.practices.practice.Practice;
import org.cajaga.practices.practice.PracticeMapping;
import org.cajaga.practices.search.PracticeFilters;
import org.cajaga.practices.search.PracticeQuery;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Writes published practices as NDJSON or CSV while reading them: ids come from one query read through
 * a cursor, records are loaded 200 at a time, so memory stays flat whatever the size of the catalogue.
 * It reads on a connection of the {@code export} datasource, never one of the pool requests use, in one
 * read-only transaction that ends with the stream: when the export is done, and also when the client
 * goes away (the next write fails and the transaction is rolled back before the connection goes back).
 */
@ApplicationScoped
public class PracticeExport {

    private static final int BATCH = 200;
    private static final int FETCH = 1000;

    @Inject
    @DataSource("export")
    AgroalDataSource exports;

    @Inject
    SessionFactory sessions;

    @Inject
    ObjectMapper json;

    /** Filters are checked before the answer starts, so a bad filter is still a clean 400. */
    public record Selection(PracticeQuery query) {
    }

    public Selection select(PracticeFilters filters) {
        return new Selection(PracticeQuery.of(filters, "").publishedOnly());
    }

    public void write(Selection selection, boolean csv, boolean bom, OutputStream out) throws IOException, SQLException {
        try (Connection connection = exports.getConnection()) {
            connection.setReadOnly(true);
            // A cursor needs a transaction: the ids are fetched FETCH at a time instead of all at once.
            connection.setAutoCommit(false);
            try (StatelessSession session = sessions.withStatelessOptions().connection(connection).openStatelessSession()) {
                write(session, selection, csv, bom, out);
            } finally {
                connection.rollback();
            }
        }
    }

    private void write(StatelessSession session, Selection selection, boolean csv, boolean bom, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (csv && bom) {
            writer.write('\uFEFF');
        }
        SequenceWriter sequence = csv
                ? new CsvMapper().writer(csvSchema()).writeValues(writer)
                : json.writer().withRootValueSeparator("\n").writeValues(writer);
        @SuppressWarnings("unchecked")
        NativeQuery<UUID> ids = session.createNativeQuery("select p.id from practice p where " + selection.query().where()
                + " order by p.updated_at, p.id").addScalar("id", StandardBasicTypes.UUID);
        selection.query().parameters().forEach(ids::setParameter);
        ids.setFetchSize(FETCH);
        boolean any = false;
        try (Stream<UUID> stream = ids.getResultStream()) {
            Iterator<UUID> next = stream.iterator();
            List<UUID> batch = new ArrayList<>(BATCH);
            while (next.hasNext()) {
                any = true;
                batch.add(next.next());
                if (batch.size() == BATCH || !next.hasNext()) {
                    for (Practice practice : load(session, batch)) {
                        var view = PracticeMapping.toView(practice);
                        sequence.write(csv ? FormulaSafeCells.of(PracticeCsv.toRow(view)) : view);
                    }
                    batch.clear();
                }
            }
        }
        if (!csv && any) {
            writer.write('\n');
        }
        sequence.flush();
        writer.flush();
    }

    /** The records with these ids, in the given order, in one query. */
    private static List<Practice> load(StatelessSession session, List<UUID> ids) {
        Map<UUID, Practice> byId = session.createSelectionQuery("from Practice where id in :ids", Practice.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(practice -> practice.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private static CsvSchema csvSchema() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        PracticeCsv.EXPORT_COLUMNS.forEach(schema::addColumn);
        return schema.build();
    }
}
