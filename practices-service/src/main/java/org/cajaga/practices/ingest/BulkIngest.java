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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.config.PracticesConfig;
import org.cajaga.practices.practice.Practice;
import org.cajaga.practices.practice.PracticeAccess;
import org.cajaga.practices.practice.PracticeContent;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.practices.practice.PracticeRepository;
import org.cajaga.practices.practice.PracticeWriter;
import org.cajaga.practices.practice.PushMetrics;
import org.cajaga.practices.practice.UpsertOutcome;
import org.cajaga.practices.taxonomy.CodeCheck;
import org.cajaga.support.problem.DatabaseFailures;
import org.cajaga.support.problem.Problems;
import org.jboss.logging.Logger;

/**
 * Government systems push thousands of records at once. Records are read as they arrive and handled in
 * chunks: each record is read and validated on its own (and refused at once when the caller does not own the
 * source), the taxonomy codes of the chunk are checked with one call, and the chunk goes through the one write
 * path ({@link PracticeWriter}) in one transaction with batched inserts; every record gets its line in the report.
 * Re-sending a batch changes nothing.
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
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    PracticesConfig config;

    @Inject
    PushMetrics metrics;

    @Inject
    ChunkPermits permits;

    /**
     * The per-record report; a 503 problem with {@code Retry-After} instead when no record could be stored and
     * every one failed for a passing reason ({@link Outage}).
     */
    public BulkReport ingest(String sourceSystem, InputStream body, Format format) {
        Iterator<IncomingRecord> records = format == Format.CSV ? RecordReaders.csv(body) : RecordReaders.ndjson(body, json);
        List<BulkReport.RecordReport> report = new ArrayList<>();
        List<IncomingRecord> chunk = new ArrayList<>(config.bulkChunkSize());
        Set<Outage> outages = EnumSet.noneOf(Outage.class);
        BulkReport.RecordProblem foreignSource = access.ownsSource(sourceSystem) ? null
                : RecordProblems.of(access.foreignSource(sourceSystem));
        while (records.hasNext()) {
            chunk.add(records.next());
            if (chunk.size() == config.bulkChunkSize()) {
                report.addAll(counted(handle(sourceSystem, foreignSource, chunk, outages)));
                chunk.clear();
            }
        }
        report.addAll(counted(handle(sourceSystem, foreignSource, chunk, outages)));
        BulkReport.Summary summary = summarise(report);
        if (summary.received() > 0 && summary.retryable() == summary.received()) {
            throw unavailable(outages, summary.received());
        }
        return new BulkReport(summary, report);
    }

    /**
     * Counts a chunk's records once its transactions are over: what was committed, and what was refused for which
     * reason; so the chunks stored before a push fails later (a body cut short) count too.
     */
    private List<BulkReport.RecordReport> counted(List<BulkReport.RecordReport> records) {
        for (BulkReport.RecordReport record : records) {
            if (record.problems() == null || record.problems().isEmpty()) {
                metrics.stored(PushMetrics.Push.BULK, UpsertOutcome.valueOf(record.status().toUpperCase(Locale.ROOT)));
            } else {
                BulkReport.RecordProblem first = record.problems().get(0);
                metrics.rejected(PushMetrics.Push.BULK, first.type(), first.status());
            }
        }
        return records;
    }

    /** A readable, valid record: its content as it will be stored, and what taxonomy-service said of its codes. */
    private record Candidate(IncomingRecord record, PracticeContent content, CodeCheck codes) {
    }

    /**
     * {@code foreignSource} is the problem of every readable record when the caller does not own the source;
     * {@code outages} gathers the passing reasons why records were not stored.
     */
    private List<BulkReport.RecordReport> handle(String sourceSystem, BulkReport.RecordProblem foreignSource,
                                                 List<IncomingRecord> chunk, Set<Outage> outages) {
        // Records are keyed by identity: hashing a whole record walks every field, deeply, on every lookup.
        Map<IncomingRecord, BulkReport.RecordReport> outcomes = new IdentityHashMap<>();
        List<IncomingRecord> valid = new ArrayList<>();
        List<PracticeContent> contents = new ArrayList<>();
        for (IncomingRecord record : chunk) {
            BulkReport.RecordProblem problem = record.unreadable() == null && foreignSource != null ? foreignSource
                    : firstProblem(record);
            if (problem != null) {
                outcomes.put(record, rejected(record, problem));
            } else {
                valid.add(record);
                contents.add(PracticeContent.of(record.input()));
            }
        }
        if (!valid.isEmpty()) {
            List<CodeCheck> codes = writer.checkCodes(contents);
            List<Candidate> candidates = IntStream.range(0, valid.size())
                    .mapToObj(n -> new Candidate(valid.get(n), contents.get(n), codes.get(n))).toList();
            try {
                outcomes.putAll(inTransaction(sourceSystem, candidates, outages));
            } catch (ChunkPermits.Busy busy) {
                LOG.warnf("A chunk of %d records waited too long for its turn to be written", valid.size());
                candidates.forEach(candidate -> outcomes.put(candidate.record(),
                        unreached(candidate, Outage.BUSY, outages)));
            } catch (RuntimeException chunkFailed) {
                if (DatabaseFailures.transientFailure(chunkFailed)) {
                    LOG.warnf("A chunk of %d records could not be stored for now (%s)", valid.size(), chunkFailed.toString());
                    candidates.forEach(candidate -> outcomes.put(candidate.record(),
                            unreached(candidate, Outage.DATABASE, outages)));
                } else {
                    LOG.warnf("A chunk of %d records failed together (%s); writing them one by one", valid.size(),
                            chunkFailed.toString());
                    for (Candidate candidate : candidates) {
                        outcomes.putAll(writeAlone(sourceSystem, candidate, outages));
                    }
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
        return violations.isEmpty() ? null : RecordProblems.invalid(violations);
    }

    /**
     * The records in one new transaction, once the chunk's turn came ({@link ChunkPermits}); the passing reasons
     * count only when it commits.
     */
    private Map<IncomingRecord, BulkReport.RecordReport> inTransaction(String sourceSystem, List<Candidate> candidates,
                                                                       Set<Outage> outages) {
        Set<Outage> seen = EnumSet.noneOf(Outage.class);
        Map<IncomingRecord, BulkReport.RecordReport> outcomes;
        try (ChunkPermits.Permit turn = permits.take()) {
            outcomes = QuarkusTransaction.requiringNew().call(() -> write(sourceSystem, candidates, seen));
        }
        outages.addAll(seen);
        return outcomes;
    }

    /** A record refused by the write path (scope, owner, codes, archived) is reported and skipped. */
    private Map<IncomingRecord, BulkReport.RecordReport> write(String sourceSystem, List<Candidate> candidates,
                                                               Set<Outage> outages) {
        Map<String, Practice> existing = new HashMap<>();
        practices.findBySource(sourceSystem, candidates.stream().map(c -> c.record().externalId()).distinct().toList())
                .forEach(practice -> existing.put(practice.externalId, practice));
        Map<IncomingRecord, BulkReport.RecordReport> outcomes = new IdentityHashMap<>();
        for (Candidate candidate : candidates) {
            IncomingRecord record = candidate.record();
            try {
                PracticeWriter.Upserted result = writer.write(existing.get(record.externalId()),
                        new PracticeWriter.Source(sourceSystem, record.externalId()), candidate.content(), candidate.codes());
                existing.put(record.externalId(), result.practice());
                outcomes.put(record, new BulkReport.RecordReport(record.line(), record.externalId(), result.practice().id,
                        result.outcome().name().toLowerCase(), null));
            } catch (HttpProblem refused) {
                outcomes.put(record, ProblemType.DEPENDENCY_UNAVAILABLE.type().equals(refused.getType())
                        ? notStored(record, Outage.TAXONOMY, outages) : rejected(record, RecordProblems.of(refused)));
            }
        }
        practices.flush();
        // Nothing of the chunk is read again: the commit need not check its thousand entities for changes.
        practices.getEntityManager().clear();
        return outcomes;
    }

    private Map<IncomingRecord, BulkReport.RecordReport> writeAlone(String sourceSystem, Candidate candidate,
                                                                    Set<Outage> outages) {
        IncomingRecord record = candidate.record();
        try {
            return inTransaction(sourceSystem, List.of(candidate), outages);
        } catch (ChunkPermits.Busy busy) {
            return Map.of(record, unreached(candidate, Outage.BUSY, outages));
        } catch (RuntimeException failed) {
            if (DatabaseFailures.transientFailure(failed)) {
                LOG.warnf("Record %s (line %d) could not be stored for now (%s)", record.externalId(), record.line(),
                        failed.toString());
                return Map.of(record, unreached(candidate, Outage.DATABASE, outages));
            }
            LOG.errorf(failed, "Record %s (line %d) could not be stored", record.externalId(), record.line());
            return Map.of(record, rejected(record, RecordProblems.malformed(
                    "El registro no pudo guardarse; los demás no se vieron afectados.",
                    "The record could not be stored; the others were not affected.")));
        }
    }

    /** A record whose write could not reach the database: retryable, unless it would be refused whatever is stored. */
    private BulkReport.RecordReport unreached(Candidate candidate, Outage outage, Set<Outage> outages) {
        HttpProblem refused = writer.refusalWithoutStoredRecord(candidate.content(), candidate.codes());
        return refused == null ? notStored(candidate.record(), outage, outages)
                : rejected(candidate.record(), RecordProblems.of(refused));
    }

    private static BulkReport.RecordReport notStored(IncomingRecord record, Outage outage, Set<Outage> outages) {
        outages.add(outage);
        return rejected(record, outage.recordProblem());
    }

    private static BulkReport.RecordReport rejected(IncomingRecord record, BulkReport.RecordProblem problem) {
        return new BulkReport.RecordReport(record.line(), record.externalId(), null, "rejected", List.of(problem));
    }

    private static BulkReport.Summary summarise(List<BulkReport.RecordReport> records) {
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        int retryable = (int) records.stream().filter(BulkReport.RecordReport::retryable).count();
        return new BulkReport.Summary(records.size(), counts.getOrDefault("created", 0), counts.getOrDefault("updated", 0),
                counts.getOrDefault("unchanged", 0), counts.getOrDefault("rejected", 0), retryable);
    }

    /** A push none of whose records could be stored, each for a passing reason: the push itself says "retry". */
    private static HttpProblem unavailable(Set<Outage> outages, int records) {
        ProblemType type = outages.contains(Outage.TAXONOMY) && outages.size() == 1 ? Outage.TAXONOMY.pushType
                : Outage.DATABASE.pushType;
        int retryAfter = outages.stream().mapToInt(outage -> outage.retryAfterSeconds).max().orElseThrow();
        HttpProblem problem = Problems.of(type,
                "Ninguno de los " + records + " registros pudo guardarse ahora: " + Outage.causes(outages, Language.ES)
                        + ". No se guardó nada; envíe el mismo lote de nuevo tras Retry-After segundos.",
                "None of the " + records + " records could be stored now: " + Outage.causes(outages, Language.EN)
                        + ". Nothing was stored; send the same push again after Retry-After seconds.");
        return HttpProblem.builder(problem).withHeader("Retry-After", retryAfter).build();
    }
}
