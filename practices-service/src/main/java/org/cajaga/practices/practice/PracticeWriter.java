package org.cajaga.practices.practice;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.audit.AuditTrail;
import org.cajaga.practices.audit.FieldChange;
import org.cajaga.practices.taxonomy.CodeCheck;
import org.cajaga.practices.taxonomy.TaxonomyCodeSet;
import org.cajaga.practices.taxonomy.TaxonomyCodes;
import org.cajaga.support.ids.TimeOrderedIds;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Caller;

/**
 * The one write path of practice records, for single writes (POST, PUT, PATCH), pushes by source and bulk pushes:
 * the content is normalised once ({@link PracticeContent}), the caller's right to write it is checked once
 * ({@link PracticeAccess#requireWrite}), then its taxonomy codes, then the record is created, or compared with the
 * stored one and changed, with its history entry. Runs inside the caller's transaction and flushes nothing, so a
 * bulk chunk's inserts go to the database in batches.
 */
@ApplicationScoped
public class PracticeWriter {

    @Inject
    PracticeRepository practices;

    @Inject
    PracticeAccess access;

    @Inject
    Caller caller;

    @Inject
    TaxonomyCodes taxonomy;

    @Inject
    AuditTrail audit;

    @Inject
    WrittenOutcome written;

    /** Where a pushed record comes from: the pushing system and its own id for the record. */
    public record Source(String system, String externalId) {
    }

    public record Upserted(Practice practice, UpsertOutcome outcome) {
    }

    /** One record: its codes are checked with one call to taxonomy-service. Refusals are thrown as problems. */
    public Upserted write(Practice existing, Source source, PracticeInput input) {
        PracticeContent content = PracticeContent.of(input);
        Upserted upserted = write(existing, source, content, checkCodes(List.of(content)).get(0));
        written.set(upserted.outcome());
        return upserted;
    }

    /** The codes of many records, checked with one call to taxonomy-service; one check per record, in order. */
    public List<CodeCheck> checkCodes(List<PracticeContent> contents) {
        TaxonomyCodeSet all = TaxonomyCodeSet.empty();
        List<TaxonomyCodeSet> own = contents.stream().map(PracticeContent::codes).toList();
        own.forEach(all::addAll);
        CodeCheck checked = taxonomy.check(all);
        return own.stream().map(checked::about).toList();
    }

    /**
     * Writes one record whose codes were checked before (for a bulk chunk, all together).
     *
     * @param existing the stored record the content replaces, or null to create one
     * @param source   where a pushed record comes from; null for records written through {@code /practices}
     * @throws HttpProblem when the caller may not write it (403), a code is unknown (422) or could not be judged
     *                     (503 {@code dependency-unavailable}), or the stored record is archived (409)
     */
    public Upserted write(Practice existing, Source source, PracticeContent content, CodeCheck codes) {
        access.requireWrite(existing, content.municipalities());
        HttpProblem refused = codes.problem(PracticeContent.CODE_FIELDS);
        if (refused != null) {
            throw refused;
        }
        if (existing == null) {
            return new Upserted(create(source, content), UpsertOutcome.CREATED);
        }
        return new Upserted(existing, change(existing, content) ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
    }

    /**
     * Why the content is refused whatever the database holds (its municipalities outside the caller's, an unknown
     * code), or null: for a bulk record that could not reach the database, which is retryable only without one.
     */
    public HttpProblem refusalWithoutStoredRecord(PracticeContent content, CodeCheck codes) {
        HttpProblem refused = access.writeRefusal(null, content.municipalities());
        return refused != null || codes.unavailable() ? refused : codes.problem(PracticeContent.CODE_FIELDS);
    }

    private Practice create(Source source, PracticeContent content) {
        Practice practice = new Practice();
        practice.id = TimeOrderedIds.next();
        practice.sourceSystem = source == null ? null : source.system();
        practice.externalId = source == null ? null : source.externalId();
        practice.status = PracticeStatus.DRAFT;
        practice.classification = Classification.PENDING;
        practice.owner = caller.name();
        practice.createdAt = Instant.now();
        practice.createdBy = caller.name();
        practice.updatedAt = practice.createdAt;
        practice.updatedBy = practice.createdBy;
        PracticeMapping.apply(content, practice);
        practices.persist(practice);
        audit.record(practice.id, "CREATED", caller.name(), null, content.record());
        return practice;
    }

    /** Applies the content; returns false (and writes nothing) when it equals what is stored. */
    private boolean change(Practice practice, PracticeContent content) {
        if (practice.status == PracticeStatus.ARCHIVED) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "Una práctica archivada no se modifica.", "An archived practice is not changed.");
        }
        List<FieldChange> changes = audit.diff(PracticeMapping.toInput(practice), content.record());
        if (changes.isEmpty()) {
            return false;
        }
        PracticeMapping.apply(content, practice);
        practice.updatedAt = Instant.now();
        practice.updatedBy = caller.name();
        audit.record(practice.id, "UPDATED", caller.name(), changes);
        return true;
    }
}
