package org.cajaga.practices.ingest;

import java.util.Collection;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.taxonomy.GuardedTaxonomyClient;
import org.cajaga.support.i18n.CurrentLanguage;
import org.cajaga.support.problem.Problems;

/**
 * A passing reason why bulk records were not stored. Such a record is reported with the problem type
 * {@code record-unavailable} (503): the same record sent again later may be stored, and sending it twice is safe
 * because pushes are idempotent. A push none of whose records could be stored, all for such reasons, is itself a
 * 503 problem with {@code Retry-After}.
 */
enum Outage {
    DATABASE(ProblemType.UNAVAILABLE, Integer.parseInt(Problems.RETRY_AFTER_SECONDS),
            "la base de datos no estaba disponible", "the database was unavailable"),
    /** Other bulk pushes kept every chunk's turn for the whole chunk wait ({@link ChunkPermits}). */
    BUSY(ProblemType.UNAVAILABLE, Integer.parseInt(Problems.RETRY_AFTER_SECONDS),
            "otros lotes ocupaban la base de datos", "other pushes kept the database busy"),
    TAXONOMY(ProblemType.DEPENDENCY_UNAVAILABLE, (int) (GuardedTaxonomyClient.OPEN_MILLIS / 1000),
            "el servicio de taxonomía no respondió y sus códigos no se habían confirmado antes",
            "taxonomy-service did not answer and its codes had not been confirmed before");

    /** The type of a push that failed as a whole for this reason. */
    final ProblemType pushType;
    final int retryAfterSeconds;
    private final String causeEs;
    private final String causeEn;

    Outage(ProblemType pushType, int retryAfterSeconds, String causeEs, String causeEn) {
        this.pushType = pushType;
        this.retryAfterSeconds = retryAfterSeconds;
        this.causeEs = causeEs;
        this.causeEn = causeEn;
    }

    /** The problem of one record that was not stored for this reason. */
    BulkReport.RecordProblem recordProblem() {
        Language language = CurrentLanguage.get();
        ProblemType type = ProblemType.RECORD_UNAVAILABLE;
        return new BulkReport.RecordProblem(type.type().toString(), type.status(), type.title(language),
                language == Language.EN ? "The record was not stored because " + causeEn + "; send it again unchanged."
                        : "El registro no se guardó porque " + causeEs + "; envíelo de nuevo sin cambios.", null);
    }

    /** The cause of a whole push that failed, in the caller's language. */
    static String causes(Collection<Outage> outages, Language language) {
        return String.join(language == Language.EN ? " and " : " y ",
                outages.stream().map(outage -> language == Language.EN ? outage.causeEn : outage.causeEs).toList());
    }
}
