package org.cajaga.practices.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cajaga.practices.config.PracticesConfig;
import org.cajaga.practices.practice.CodeProblems;
import org.cajaga.practices.practice.Practice;
import org.cajaga.practices.practice.PracticeAccess;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.practices.practice.PracticeRepository;
import org.cajaga.practices.practice.PracticeService;
import org.cajaga.practices.practice.PracticeWriter;
import org.cajaga.practices.security.Caller;
import org.cajaga.practices.taxonomy.TaxonomyCodeSet;
import org.cajaga.practices.taxonomy.TaxonomyCodes;
import org.jboss.logging.Logger;

/**
 * Government systems push thousands of records at once. Records are read as they arrive and handled
 * in chunks: each record is checked on its own (the caller owns the source, fields, municipality scope,
 * taxonomy codes — one taxonomy call per chunk), the good ones are written in one transaction with
 * batched inserts, and every record gets its line in the report. Re-sending a batch changes nothing.
 */
@ApplicationScoped
public class BulkIngest {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private static final Logger LOG = Logger.getLogger(BulkIngest.class);

    public enum Format { NDJSON, CSV }

    @Inject
    PracticeRepository practices;

    @Inject
    PracticeWriter writer;

    @Inject
    PracticeAccess access;

    @Inject
    Caller caller;

    @Inject
    TaxonomyCodes taxonomy;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    PracticesConfig config;

    public BulkReport ingest(String sourceSystem, InputStream body, Format format) {
        Iterator<IncomingRecord> records = format == Format.CSV ? RecordReaders.csv(body) : RecordReaders.ndjson(body, json);
        List<BulkReport.RecordReport> report = new ArrayList<>();
        List<IncomingRecord> chunk = new ArrayList<>(config.bulkChunkSize());
        BulkReport.RecordProblem foreignSource = access.ownsSource(sourceSystem) ? null
                : RecordProblems.of((HttpProblem) access.foreignSource(sourceSystem));
        while (records.hasNext()) {
            chunk.add(records.next());
            if (chunk.size() == config.bulkChunkSize()) {
                report.addAll(handle(sourceSystem, foreignSource, chunk));
                chunk.clear();
            }
        }
        report.addAll(handle(sourceSystem, foreignSource, chunk));
        return new BulkReport(summarise(report), report);
    }

    /** A record that passed the checks made without taxonomy-service, with its taxonomy codes. */
    private record Candidate(IncomingRecord record, TaxonomyCodeSet codes) {
    }

    /** {@code foreignSource} is the problem of every readable record when the caller does not own the source. */
    private List<BulkReport.RecordReport> handle(String sourceSystem, BulkReport.RecordProblem foreignSource,
                                                 List<IncomingRecord> chunk) {
        // Records are keyed by identity: hashing a whole record walks every field, deeply, on every lookup.
        Map<IncomingRecord, BulkReport.RecordReport> outcomes = new IdentityHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        TaxonomyCodeSet codes = TaxonomyCodeSet.empty();
        for (IncomingRecord record : chunk) {
            BulkReport.RecordProblem problem = record.unreadable() == null && foreignSource != null ? foreignSource
                    : firstProblem(record);
            if (problem != null) {
                outcomes.put(record, rejected(record, problem));
            } else {
                TaxonomyCodeSet own = PracticeService.codesOf(record.input());
                candidates.add(new Candidate(record, own));
                codes.addAll(own);
            }
        }
        Map<String, List<String>> unknown;
        try {
            unknown = candidates.isEmpty() ? Map.of() : taxonomy.unknown(codes);
        } catch (HttpProblem unavailable) {
            candidates.forEach(candidate -> outcomes.put(candidate.record(),
                    rejected(candidate.record(), RecordProblems.of(unavailable))));
            candidates.clear();
            unknown = Map.of();
        }
        List<IncomingRecord> writable = new ArrayList<>();
        for (Candidate candidate : candidates) {
            IncomingRecord record = candidate.record();
            Map<String, List<String>> own = unknownIn(candidate.codes(), unknown);
            if (own.isEmpty()) {
                writable.add(record);
            } else {
                outcomes.put(record, rejected(record, RecordProblems.of(CodeProblems.unknownCodes(own))));
            }
        }
        if (!writable.isEmpty()) {
            try {
                outcomes.putAll(QuarkusTransaction.requiringNew().call(() -> write(sourceSystem, writable)));
            } catch (RuntimeException chunkFailed) {
                LOG.warnf("A chunk of %d records failed together (%s); writing them one by one", writable.size(),
                        chunkFailed.toString());
                for (IncomingRecord record : writable) {
                    outcomes.putAll(writeAlone(sourceSystem, record));
                }
            }
        }
        return chunk.stream().map(outcomes::get).toList();
    }

    private BulkReport.RecordProblem firstProblem(IncomingRecord record) {
        if (record.unreadable() != null) {
            return record.unreadable();
        }
        if (!EXTERNAL_ID.matcher(record.externalId()).matches()) {
            return RecordProblems.malformed("externalId debe tener de 1 a 200 letras, dígitos, '.', '_', ':' o '-'.",
                    "externalId must be 1 to 200 letters, digits, '.', '_', ':' or '-'.");
        }
        Set<ConstraintViolation<PracticeInput>> violations = validator.validate(record.input());
        if (!violations.isEmpty()) {
            return RecordProblems.invalid(violations);
        }
        List<String> outside = caller.municipalityScope().uncovered(record.input().location().municipalities());
        if (!caller.isEditor() && !outside.isEmpty()) {
            return RecordProblems.of((HttpProblem) access.outOfScope(outside));
        }
        return null;
    }

    /** One transaction for the chunk; a record refused by its owner rule is reported and skipped. */
    private Map<IncomingRecord, BulkReport.RecordReport> write(String sourceSystem, List<IncomingRecord> records) {
        Map<String, Practice> existing = new HashMap<>();
        practices.findBySource(sourceSystem, records.stream().map(IncomingRecord::externalId).distinct().toList())
                .forEach(practice -> existing.put(practice.externalId, practice));
        Map<IncomingRecord, BulkReport.RecordReport> outcomes = new IdentityHashMap<>();
        for (IncomingRecord record : records) {
            try {
                PracticeWriter.Upserted result = writer.upsert(existing.get(record.externalId()), sourceSystem,
                        record.externalId(), record.input());
                existing.put(record.externalId(), result.practice());
                outcomes.put(record, new BulkReport.RecordReport(record.line(), record.externalId(), result.practice().id,
                        result.outcome().name().toLowerCase(), null));
            } catch (HttpProblem refused) {
                outcomes.put(record, rejected(record, RecordProblems.of(refused)));
            }
        }
        practices.flush();
        // Nothing of the chunk is read again: the commit need not check its thousand entities for changes.
        practices.getEntityManager().clear();
        return outcomes;
    }

    private Map<IncomingRecord, BulkReport.RecordReport> writeAlone(String sourceSystem, IncomingRecord record) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> write(sourceSystem, List.of(record)));
        } catch (RuntimeException failed) {
            LOG.errorf(failed, "Record %s (line %d) could not be stored", record.externalId(), record.line());
            return Map.of(record, rejected(record, RecordProblems.malformed(
                    "El registro no pudo guardarse; los demás no se vieron afectados.",
                    "The record could not be stored; the others were not affected.")));
        }
    }

    private static Map<String, List<String>> unknownIn(TaxonomyCodeSet recordCodes, Map<String, List<String>> unknown) {
        Map<String, List<String>> own = new HashMap<>();
        recordCodes.byKind().forEach((kind, codes) -> {
            List<String> missing = codes.stream().filter(unknown.getOrDefault(kind, List.of())::contains).toList();
            if (!missing.isEmpty()) {
                own.put(kind, missing);
            }
        });
        return own;
    }

    private static BulkReport.RecordReport rejected(IncomingRecord record, BulkReport.RecordProblem problem) {
        return new BulkReport.RecordReport(record.line(), record.externalId(), null, "rejected", List.of(problem));
    }

    private static BulkReport.Summary summarise(List<BulkReport.RecordReport> records) {
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return new BulkReport.Summary(records.size(), counts.getOrDefault("created", 0), counts.getOrDefault("updated", 0),
                counts.getOrDefault("unchanged", 0), counts.getOrDefault("rejected", 0));
    }
}
