package org.cajaga.practices.practice;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.audit.AuditTrail;
import org.cajaga.practices.config.PracticesConfig;
import org.cajaga.support.http.ExpectedVersion;
import org.cajaga.support.http.VersionTag;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Caller;

/** Reading and writing single practice records. */
@ApplicationScoped
public class PracticeService {

    @Inject
    PracticeRepository practices;

    @Inject
    PracticeWriter writer;

    @Inject
    PracticeAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PracticeDeleted> deletions;

    @Inject
    PracticesConfig config;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    public static VersionTag versionOf(UUID id, long version) {
        return VersionTag.of("practice", id, version);
    }

    /** A read: no JTA transaction, the request-scoped session is enough (saves its begin/commit per GET). */
    public PracticeView get(UUID id) {
        return PracticeMapping.toView(access.find(id));
    }

    @Transactional
    public PracticeView create(PracticeInput input) {
        return stored(writer.write(null, null, input).practice());
    }

    @Transactional
    public PracticeView replace(UUID id, PracticeInput input, ExpectedVersion expected) {
        Practice practice = current(id, expected);
        return stored(writer.write(practice, null, input).practice());
    }

    /** JSON Merge Patch on the record as clients write it; the result is validated like a PUT. */
    @Transactional
    public PracticeView patch(UUID id, MergePatch patch, ExpectedVersion expected) {
        Practice practice = current(id, expected);
        PracticeInput input;
        try {
            input = json.treeToValue(patch.applyTo(json.valueToTree(PracticeMapping.toInput(practice))), PracticeInput.class);
        } catch (JsonMappingException wrongShape) {
            String field = JsonFields.of(wrongShape);
            throw Problems.of(ProblemType.INVALID_DATA,
                    "El campo '" + field + "' del parche no existe o tiene un tipo equivocado.",
                    "The patch's field '" + field + "' does not exist or has the wrong type.");
        } catch (IOException unreadable) {
            throw Problems.of(ProblemType.MALFORMED, "El parche no se pudo leer.", "The patch could not be read.");
        }
        Set<ConstraintViolation<PracticeInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw Problems.invalidBody("El registro con el parche aplicado tiene campos no válidos.",
                    "The record with the patch applied has invalid fields.",
                    violations.stream().map(v -> new Problems.Violation(
                            v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage())).toList());
        }
        return stored(writer.write(practice, null, input).practice());
    }

    /** Only drafts are deleted; published records are archived instead, so links keep working. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        Practice practice = current(id, expected);
        access.requireWrite(practice);
        if (practice.status != PracticeStatus.DRAFT) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "Solo se borran prácticas en borrador; esta está en " + practice.status + ". Archívela.",
                    "Only draft practices are deleted; this one is " + practice.status + ". Archive it instead.");
        }
        audit.record(id, "DELETED", caller.name(), PracticeMapping.toInput(practice), null);
        deletions.fire(new PracticeDeleted(id, practice.publishedAt != null));
        practices.delete(practice);
    }

    /** Create or update the record a government system knows as {@code externalId}; idempotent. */
    @Transactional
    public PushResult upsertBySource(String sourceSystem, String externalId, PracticeInput input) {
        access.requireSource(sourceSystem);
        Practice existing = practices.findBySource(sourceSystem, externalId).orElse(null);
        PracticeWriter.Upserted result = writer.write(existing, new PracticeWriter.Source(sourceSystem, externalId), input);
        return new PushResult(result.outcome(), stored(result.practice()));
    }

    public record PushResult(UpsertOutcome outcome, PracticeView practice) {
    }

    /**
     * Sets the classification decided by scoring-service. Idempotent, and a decision older than the
     * stored one is ignored, so retried or reordered deliveries cannot undo a newer result.
     */
    @Transactional
    public PracticeView classify(UUID id, ClassificationInput input) {
        if (!config.classificationClient().equals(caller.clientId())) {
            throw Problems.of(ProblemType.NOT_ALLOWED,
                    "Solo el servicio de evaluación (scoring-service) asigna clasificaciones.",
                    "Only scoring-service sets classifications.");
        }
        Practice practice = practices.findByIdOptional(id).orElseThrow(() -> Problems.notFound("la práctica", "practice", id));
        if (practice.classifiedAt != null && practice.classifiedAt.isAfter(input.decidedAt())) {
            return PracticeMapping.toView(practice);
        }
        boolean same = input.classification() == practice.classification
                && input.criteriaSet().equals(practice.classificationSet)
                && input.criteriaSetVersion().equals(practice.classificationSetVersion)
                && input.evaluationId().equals(practice.classificationEvaluationId);
        if (!same) {
            Map<String, Object> before = classificationOf(practice);
            practice.classification = input.classification();
            practice.classificationSet = input.criteriaSet();
            practice.classificationSetVersion = input.criteriaSetVersion();
            practice.classificationEvaluationId = input.evaluationId();
            practice.classifiedAt = input.decidedAt();
            practice.updatedAt = Instant.now();
            practice.updatedBy = caller.name();
            audit.record(id, "CLASSIFIED", caller.name(), before, classificationOf(practice));
            practices.flush();
        }
        return PracticeMapping.toView(practice);
    }

    private static Map<String, Object> classificationOf(Practice practice) {
        return new LinkedHashMap<>(Map.of(
                "classification", practice.classification,
                "criteriaSet", String.valueOf(practice.classificationSet),
                "criteriaSetVersion", String.valueOf(practice.classificationSetVersion)));
    }

    /** The record the caller may see, if {@code expected} names its current version (428 without, 412 when older). */
    private Practice current(UUID id, ExpectedVersion expected) {
        Practice practice = access.find(id);
        expected.require(versionOf(id, practice.version));
        return practice;
    }

    private PracticeView stored(Practice practice) {
        practices.flush();
        return PracticeMapping.toView(practice);
    }
}
