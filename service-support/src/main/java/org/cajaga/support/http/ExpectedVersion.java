package org.cajaga.support.http;

import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;

/**
 * The version a write was based on, as the client named it in {@code If-Match} (see {@link IfMatch}): a
 * write must name the version it changes, so a lost update cannot happen silently.
 */
public final class ExpectedVersion {

    private final String ifMatch;

    private ExpectedVersion(String ifMatch) {
        this.ifMatch = ifMatch;
    }

    /** What the client sent in {@code If-Match}; null when it sent nothing. */
    public static ExpectedVersion of(String ifMatch) {
        return new ExpectedVersion(ifMatch);
    }

    /** Refuses the write with 428 when no version was named, with 412 when another than {@code current} was. */
    public void require(VersionTag current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(ProblemType.PRECONDITION_REQUIRED,
                    "Envíe el encabezado If-Match con el ETag que leyó; así ningún cambio ajeno se pierde.",
                    "Send the If-Match header with the ETag you read, so that no one else's change is lost.");
        }
        if (!Preconditions.matches(ifMatch, current.variants())) {
            throw Problems.of(ProblemType.PRECONDITION_FAILED,
                    "El recurso cambió desde que lo leyó. Léalo de nuevo y repita el cambio.",
                    "The resource changed since you read it. Read it again and repeat the change.");
        }
    }
}
