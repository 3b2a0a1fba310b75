package org.cajaga.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The SQL states and messages PostgreSQL's driver and the Agroal pool give, wrapped as Hibernate wraps them. */
class DatabaseFailuresTest {

    private static RuntimeException wrapped(String message, String state) {
        return new PersistenceException("could not execute statement", new SQLException(message, state));
    }

    @Test
    void anUnreachableDatabasePassesByItself() {
        for (RuntimeException failure : new RuntimeException[] {
                wrapped("terminating connection due to administrator command", "57P01"),
                wrapped("An I/O error occurred while sending to the backend.", "08006"),
                wrapped("database \"x\" is not currently accepting connections", "55000"),
                wrapped("Acquisition timeout while waiting for new connection", null)}) {
            assertThat(DatabaseFailures.unreachable(failure)).as(failure.getCause().getMessage()).isTrue();
            assertThat(DatabaseFailures.transientFailure(failure)).as(failure.getCause().getMessage()).isTrue();
        }
    }

    @Test
    void aTransactionGivenUpForAnotherPassesByItselfButTheDatabaseWasReachable() {
        for (RuntimeException failure : new RuntimeException[] {
                wrapped("could not serialize access due to concurrent update", "40001"),
                wrapped("deadlock detected", "40P01")}) {
            assertThat(DatabaseFailures.transientFailure(failure)).as(failure.getCause().getMessage()).isTrue();
            assertThat(DatabaseFailures.unreachable(failure)).as(failure.getCause().getMessage()).isFalse();
        }
    }

    @Test
    void aStatementCancelledAtItsTimeLimitTimedOutButTheDatabaseWasReachable() {
        for (RuntimeException failure : new RuntimeException[] {
                wrapped("ERROR: canceling statement due to user request", "57014"),
                wrapped("ERROR: canceling statement due to statement timeout", "57014"),
                new QueryTimeoutException("could not execute query", new PersistenceException("timed out",
                        new SQLException("ERROR: canceling statement due to user request", "57014")))}) {
            assertThat(DatabaseFailures.timedOut(failure)).isTrue();
            assertThat(DatabaseFailures.unreachable(failure)).isFalse();
            assertThat(DatabaseFailures.transientFailure(failure)).isFalse();
        }
    }

    @Test
    void faultsOfTheDataDoNotPass() {
        for (RuntimeException failure : new RuntimeException[] {
                wrapped("value too long for type character varying(300)", "22001"),
                wrapped("duplicate key value violates unique constraint", "23505"),
                new IllegalStateException("no SQL at all")}) {
            assertThat(DatabaseFailures.transientFailure(failure)).isFalse();
            assertThat(DatabaseFailures.unreachable(failure)).isFalse();
            assertThat(DatabaseFailures.timedOut(failure)).isFalse();
        }
    }
}
