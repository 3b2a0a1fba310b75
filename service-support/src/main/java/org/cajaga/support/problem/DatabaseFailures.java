package org.cajaga.support.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells database failures that pass by themselves from those that do not: the same work, tried again a little
 * later, may succeed when the database could not be reached (no connection within the acquisition timeout, a
 * connection the server closed, a server that refuses connections) or when PostgreSQL gave up one transaction
 * for another (serialization failure, deadlock). Also tells a statement PostgreSQL cancelled because it ran longer
 * than its time limit (a JDBC query timeout or {@code statement_timeout}).
 */
public final class DatabaseFailures {

    /** Connection exceptions (08), shutdown or start-up (57P01-03), too many connections, refused connections. */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "55000");
    /** Serialization failure and deadlock: PostgreSQL rolled the transaction back so that another could finish. */
    private static final Set<String> GIVEN_UP_STATES = Set.of("40001", "40P01");
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";
    /** query_canceled: the statement's time limit ran out (or someone cancelled it). */
    private static final String CANCELLED_STATE = "57014";

    private DatabaseFailures() {
    }

    /** The failure, or one of its causes, is the database being out of reach. */
    public static boolean unreachable(Throwable failure) {
        return anyCause(failure, DatabaseFailures::isUnreachable);
    }

    /** The failure passes by itself: the database is out of reach, or it rolled the transaction back for another. */
    public static boolean transientFailure(Throwable failure) {
        return anyCause(failure, cause -> isUnreachable(cause)
                || cause instanceof SQLException sql && GIVEN_UP_STATES.contains(String.valueOf(sql.getSQLState())));
    }

    /** The failure, or one of its causes, is a statement cancelled because it took longer than it was allowed. */
    public static boolean timedOut(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLException sql && CANCELLED_STATE.equals(sql.getSQLState()));
    }

    private static boolean isUnreachable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || UNREACHABLE_STATES.contains(state))
                    || sql.getMessage() != null && sql.getMessage().startsWith(ACQUISITION_TIMEOUT);
        }
        return false;
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
