package org.cajaga.practices.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.audit.AuditTrail;
import org.cajaga.practices.security.Caller;
import org.cajaga.support.ids.TimeOrderedIds;
import org.cajaga.support.problem.Problems;

/**
 * Stores practice records after their codes were checked: creation, change (with history), and the
 * idempotent upsert government systems use. Runs inside the caller's transaction.
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
    AuditTrail audit;

    public Practice create(PracticeInput input, String sourceSystem, String externalId) {
        access.requireScope(input.location().municipalities());
        Practice practice = new Practice();
        practice.id = TimeOrderedIds.next();
        practice.sourceSystem = sourceSystem;
        practice.externalId = externalId;
        practice.status = PracticeStatus.DRAFT;
        practice.classification = Classification.PENDING;
        practice.owner = caller.name();
        practice.createdAt = Instant.now();
        practice.createdBy = caller.name();
        practice.updatedAt = practice.createdAt;
        practice.updatedBy = practice.createdBy;
        PracticeMapping.apply(input, practice);
        practices.persist(practice);
        audit.record(practice.id, "CREATED", caller.name(), null, input);
        return practice;
    }

    /** Applies a new content; returns false (and writes nothing) when it equals what is stored. */
    public boolean change(Practice practice, PracticeInput input) {
        access.requireWrite(practice, input.location().municipalities());
        if (practice.status == PracticeStatus.ARCHIVED) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "Una práctica archivada no se modifica.", "An archived practice is not changed.");
        }
        PracticeInput before = PracticeMapping.toInput(practice);
        Practice candidate = new Practice();
        PracticeMapping.apply(input, candidate);
        PracticeInput after = PracticeMapping.toInput(candidate);
        var changes = audit.diff(before, after);
        if (changes.isEmpty()) {
            return false;
        }
        PracticeMapping.apply(input, practice);
        practice.updatedAt = Instant.now();
        practice.updatedBy = caller.name();
        audit.record(practice.id, "UPDATED", caller.name(), before, after);
        return true;
    }

    /** Create or change the record a source system knows by its own id. */
    public Upserted upsert(Practice existing, String sourceSystem, String externalId, PracticeInput input) {
        if (existing == null) {
            return new Upserted(create(input, sourceSystem, externalId), UpsertOutcome.CREATED);
        }
        return new Upserted(existing, change(existing, input) ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
    }

    public record Upserted(Practice practice, UpsertOutcome outcome) {
    }

    public Practice find(UUID id) {
        return access.visible(practices.findById(id), id);
    }
}
