package org.cajaga.practices.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.practice.JsonFields;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.text.Nfc;

/**
 * Reads bulk pushes record by record as they arrive, so a batch of any size is never held in
 * memory whole. A record that cannot be read is reported, and reading goes on with the next.
 */
final class RecordReaders {

    private RecordReaders() {
    }

    /** NDJSON: one {@code {"externalId": "...", "practice": {...}}} object per line. */
    static Iterator<IncomingRecord> ndjson(InputStream in, ObjectMapper json) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new Iterator<>() {
            private long lineNumber;
            private String line = advance();

            private String advance() {
                try {
                    String next;
                    do {
                        next = reader.readLine();
                        lineNumber++;
                    } while (next != null && next.isBlank());
                    return next;
                } catch (IOException broken) {
                    throw new UncheckedIOException(broken);
                }
            }

            @Override
            public boolean hasNext() {
                return line != null;
            }

            @Override
            public IncomingRecord next() {
                if (line == null) {
                    throw new NoSuchElementException();
                }
                IncomingRecord record = parse(lineNumber, line, json);
                line = advance();
                return record;
            }
        };
    }

    private static IncomingRecord parse(long line, String text, ObjectMapper json) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException malformed) {
            String column = malformed.getLocation() == null ? "" : " (columna " + malformed.getLocation().getColumnNr() + ")";
            String columnEn = malformed.getLocation() == null ? "" : " (column " + malformed.getLocation().getColumnNr() + ")";
            return IncomingRecord.unreadable(line, null, "La línea no es JSON válido" + column + ".",
                    "The line is not valid JSON" + columnEn + ".");
        }
        String externalId = node.path("externalId").isTextual() ? node.get("externalId").asText() : null;
        if (!node.isObject() || externalId == null || !node.path("practice").isObject()) {
            return IncomingRecord.unreadable(line, externalId,
                    "Cada línea debe ser {\"externalId\": \"...\", \"practice\": {...}}.",
                    "Each line must be {\"externalId\": \"...\", \"practice\": {...}}.");
        }
        try {
            return new IncomingRecord(line, externalId, json.treeToValue(node, BulkLine.class).practice(), null);
        } catch (JsonMappingException wrong) {
            String field = JsonFields.of(wrong);
            return IncomingRecord.unreadable(line, externalId,
                    "El campo '" + field + "' no existe o tiene un tipo equivocado.",
                    "The field '" + field + "' does not exist or has the wrong type.");
        } catch (JsonProcessingException wrong) {
            return IncomingRecord.unreadable(line, externalId, "Línea mal formada.", "Malformed line.");
        }
    }

    /**
     * CSV with a header row of {@link PracticeCsv#INPUT_COLUMNS}; a byte-order mark is skipped, and every
     * cell is read in NFC (NDJSON lines are, by the service's ObjectMapper).
     */
    static Iterator<IncomingRecord> csv(InputStream in) {
        MappingIterator<Map<String, String>> rows;
        try {
            CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
                    .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS).build();
            rows = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                    .readValues(new InputStreamReader(skipBom(in), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw unreadableCsv();
        }
        checkHeader(rows);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNextValue();
                } catch (IOException broken) {
                    throw new UncheckedIOException(broken);
                }
            }

            @Override
            public IncomingRecord next() {
                long line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row;
                try {
                    row = rows.nextValue();
                } catch (IOException | RuntimeException malformed) {
                    return IncomingRecord.unreadable(line, null,
                            "Fila CSV mal formada: revise las comillas y el número de columnas.",
                            "Malformed CSV row: check its quotes and its number of columns.");
                }
                row.replaceAll((column, cell) -> Nfc.of(cell));
                String externalId = row.get("externalId");
                if (externalId == null || externalId.isBlank()) {
                    return IncomingRecord.unreadable(line, null, "Falta externalId.", "externalId is missing.");
                }
                try {
                    return new IncomingRecord(line, externalId.trim(), PracticeCsv.toInput(row), null);
                } catch (PracticeCsv.CellException wrongCell) {
                    return IncomingRecord.unreadable(line, externalId, wrongCell.spanish(), wrongCell.english());
                }
            }
        };
    }

    /** A CSV the parser cannot read at all; its own words name its internals. */
    private static RuntimeException unreadableCsv() {
        return Problems.of(ProblemType.MALFORMED,
                "No se pudo leer el CSV: debe ser UTF-8, separado por comas, con una fila de encabezado.",
                "The CSV could not be read: it must be UTF-8, comma-separated, with a header row.");
    }

    /** A header with unknown or missing columns refuses the whole file before anything is stored. */
    private static void checkHeader(MappingIterator<Map<String, String>> rows) {
        try {
            rows.hasNextValue();
        } catch (IOException unreadable) {
            throw unreadableCsv();
        }
        CsvSchema schema = (CsvSchema) rows.getParserSchema();
        List<String> header = new ArrayList<>();
        schema.forEach(column -> header.add(column.getName()));
        List<String> unknown = header.stream().filter(c -> !PracticeCsv.INPUT_COLUMNS.contains(c)).toList();
        List<String> missing = PracticeCsv.REQUIRED.stream().filter(c -> !header.contains(c)).sorted().toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw Problems.of(ProblemType.MALFORMED,
                    "Encabezado CSV no válido. Columnas desconocidas: " + unknown + "; faltan: " + missing
                            + ". Columnas posibles: " + PracticeCsv.INPUT_COLUMNS + ".",
                    "Invalid CSV header. Unknown columns: " + unknown + "; missing: " + missing
                            + ". Possible columns: " + PracticeCsv.INPUT_COLUMNS + ".");
        }
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int read = pushback.readNBytes(head, 0, 3);
        boolean bom = read == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && read > 0) {
            pushback.unread(head, 0, read);
        }
        return pushback;
    }
}
