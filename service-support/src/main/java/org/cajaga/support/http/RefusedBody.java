package org.cajaga.support.http;

import java.io.IOException;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;

/**
 * A request body the service stopped reading: larger than its operation takes (413) or arriving too
 * slowly (408). Thrown from the body's stream, so it reaches whoever reads it (JSON binding, a bulk
 * reader, the idempotency filter); {@link RefusedBodyProblems} answers it as a problem.
 */
public final class RefusedBody extends IOException {

    private final ProblemType type;
    private final String detailEs;
    private final String detailEn;

    RefusedBody(ProblemType type, String detailEs, String detailEn) {
        super(type.slug() + ": " + detailEn);
        this.type = type;
        this.detailEs = detailEs;
        this.detailEn = detailEn;
    }

    static RefusedBody tooLarge(RecordBodyLimit limit) {
        return new RefusedBody(ProblemType.TOO_LARGE, limit.detail(Language.ES), limit.detail(Language.EN));
    }

    static RefusedBody tooSlow(UploadPace pace) {
        return new RefusedBody(ProblemType.REQUEST_TIMEOUT, pace.detail(Language.ES), pace.detail(Language.EN));
    }

    public ProblemType type() {
        return type;
    }

    public String detail(Language language) {
        return language == Language.EN ? detailEn : detailEs;
    }
}
