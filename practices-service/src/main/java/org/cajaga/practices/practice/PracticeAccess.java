package org.cajaga.practices.practice;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.security.MunicipalityScope;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Caller;

/**
 * Who may see and change which practice. Anonymous callers and people without a staff role see
 * published records only; staff see all; government systems also see their own. A record the
 * caller may not see does not exist for them (404), so drafts leak nothing.
 */
@ApplicationScoped
public class PracticeAccess {

    @Inject
    Caller caller;

    @Inject
    PracticeRepository practices;

    public boolean canSee(Practice practice) {
        return practice.status == PracticeStatus.PUBLISHED || caller.isStaff() || isOwner(practice);
    }

    /**
     * {@link #canSee} for statements that decide it in SQL: null when the caller sees every record (staff); otherwise
     * the owner whose records it sees besides the published ones ("" for an anonymous caller, who owns none).
     */
    public String reader() {
        return caller.isStaff() ? null : caller.isAnonymous() ? "" : caller.name();
    }

    /** The record, when the caller may see it; otherwise a 404 problem. */
    public Practice find(UUID id) {
        Practice practice = practices.findById(id);
        if (practice == null || !canSee(practice)) {
            throw Problems.notFound("la práctica", "practice", id);
        }
        return practice;
    }

    /**
     * The one write rule, for every write of a practice (single, by source, bulk, workflow moves): editors and
     * admins write any record; anyone else (government systems) only records they created, and only inside the
     * municipalities of their token — both where the record is and where it goes.
     *
     * @param existing the stored record, or null when the write creates one
     * @param municipalities where the record will be
     */
    public void requireWrite(Practice existing, List<String> municipalities) {
        HttpProblem refused = writeRefusal(existing, municipalities);
        if (refused != null) {
            throw refused;
        }
    }

    /** Why {@link #requireWrite} refuses, or null when it does not. */
    public HttpProblem writeRefusal(Practice existing, List<String> municipalities) {
        if (caller.isEditor()) {
            return null;
        }
        if (existing != null && !isOwner(existing)) {
            return Problems.of(ProblemType.NOT_ALLOWED,
                    "Solo quien creó esta práctica o el equipo editorial puede cambiarla.",
                    "Only whoever created this practice, or an editor, may change it.");
        }
        List<String> outside = new MunicipalityScope(caller.municipalities()).uncovered(existing == null ? municipalities
                : Stream.concat(existing.municipalities.stream(), municipalities.stream()).distinct().toList());
        return outside.isEmpty() ? null : Problems.of(ProblemType.OUT_OF_SCOPE,
                "Su cuenta no puede escribir prácticas de los municipios " + outside
                        + " (reclamo 'municipalities' del token).",
                "Your account may not write practices of the municipalities " + outside
                        + " (token claim 'municipalities').");
    }

    /** A change that leaves the content as it is (a workflow move, a deletion). */
    public void requireWrite(Practice practice) {
        requireWrite(practice, practice.municipalities);
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

    public HttpProblem foreignSource(String source) {
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
