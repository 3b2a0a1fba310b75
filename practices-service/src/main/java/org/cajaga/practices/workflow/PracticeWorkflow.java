package org.cajaga.practices.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.audit.AuditTrail;
import org.cajaga.practices.practice.Practice;
import org.cajaga.practices.practice.PracticeAccess;
import org.cajaga.practices.practice.PracticeMapping;
import org.cajaga.practices.practice.PracticeRepository;
import org.cajaga.practices.practice.PracticeService;
import org.cajaga.practices.practice.PracticeStatus;
import org.cajaga.practices.practice.PracticeView;
import org.cajaga.support.http.ExpectedVersion;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Caller;

/** Moves practices through DRAFT → SUBMITTED → PUBLISHED → ARCHIVED (and back to DRAFT). */
@ApplicationScoped
public class PracticeWorkflow {

    @Inject
    PracticeRepository practices;

    @Inject
    PracticeAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Tombstones tombstones;

    @Transactional
    public PracticeView apply(UUID id, Transition transition, ExpectedVersion expected) {
        Practice practice = access.find(id);
        expected.require(PracticeService.versionOf(id, practice.version));
        if (transition.editorsOnly && !caller.isEditor()) {
            throw Problems.of(ProblemType.NOT_ALLOWED,
                    "Solo el equipo editorial puede hacer este cambio de estado.",
                    "Only editors may make this status change.");
        }
        if (!transition.editorsOnly) {
            access.requireWrite(practice);
        }
        if (practice.status != transition.from) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "No se puede pasar de " + practice.status + " con '" + transition + "'; se requiere " + transition.from + ".",
                    "Cannot apply '" + transition + "' to a " + practice.status + " practice; it must be " + transition.from + ".");
        }
        practice.status = transition.to;
        practice.updatedAt = Instant.now();
        practice.updatedBy = caller.name();
        if (transition.to == PracticeStatus.PUBLISHED) {
            practice.publishedAt = practice.updatedAt;
        }
        if (transition.leavesPublic != null) {
            tombstones.add(id, transition.leavesPublic);
        }
        audit.record(id, transition.action, caller.name(), Map.of("status", transition.from), Map.of("status", transition.to));
        practices.flush();
        return PracticeMapping.toView(practice);
    }
}
