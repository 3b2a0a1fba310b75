package org.cajaga.practices.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.security.Caller;
import org.cajaga.support.problem.Problems;

/**
 * Who may see and change which practice. Anonymous callers and people without a staff role see
 * published records only; staff see all; government systems also see their own. A record the
 * caller may not see does not exist for them (404), so drafts leak nothing.
 */
@ApplicationScoped
public class PracticeAccess {

    @Inject
    Caller caller;

    public boolean canSee(Practice practice) {
        return practice.status == PracticeStatus.PUBLISHED || caller.isStaff() || isOwner(practice);
    }

    public Practice visible(Practice practice, UUID id) {
        if (practice == null || !canSee(practice)) {
            throw Problems.notFound("la práctica", "practice", id);
        }
        return practice;
    }

    /** Editors change any record; a government system only its own, inside its municipalities. */
    public void requireWrite(Practice practice, List<String> newMunicipalities) {
        if (caller.isEditor()) {
            return;
        }
        if (!isOwner(practice)) {
            throw Problems.of(ProblemType.NOT_ALLOWED,
                    "Solo quien creó esta práctica o el equipo editorial puede cambiarla.",
                    "Only whoever created this practice, or an editor, may change it.");
        }
        requireScope(practice.municipalities);
        requireScope(newMunicipalities);
    }

    /** Government systems write only practices located in the municipalities of their token. */
    public void requireScope(List<String> municipalities) {
        if (caller.isEditor() || !caller.isIntegrator()) {
            return;
        }
        List<String> outside = caller.municipalityScope().uncovered(municipalities);
        if (!outside.isEmpty()) {
            throw outOfScope(outside);
        }
    }

    public RuntimeException outOfScope(List<String> outside) {
        return Problems.of(ProblemType.OUT_OF_SCOPE,
                "Su cuenta no puede escribir prácticas de los municipios " + outside
                        + " (reclamo 'municipalities' del token).",
                "Your account may not write practices of the municipalities " + outside
                        + " (token claim 'municipalities').");
    }

    /** A push names a source the caller's client owns (token claim {@code sources}), or nothing of it is stored. */
    public void requireSource(String source) {
        if (!ownsSource(source)) {
            throw foreignSource(source);
        }
    }

    public boolean ownsSource(String source) {
        return caller.sources().contains(source);
    }

    public RuntimeException foreignSource(String source) {
        return Problems.of(ProblemType.NOT_ALLOWED,
                "Su cliente no puede enviar prácticas con la fuente '" + source
                        + "': no está en el reclamo 'sources' del token.",
                "Your client may not push practices with the source '" + source
                        + "': it is not in the token claim 'sources'.");
    }

    public boolean isOwner(Practice practice) {
        return !caller.isAnonymous() && caller.name().equals(practice.owner);
    }
}
