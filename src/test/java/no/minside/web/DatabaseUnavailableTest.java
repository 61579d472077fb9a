package no.minside.web;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.net.SocketException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are "the database is away" (503) and which are ordinary errors (500). */
class DatabaseUnavailableTest {

    @Test
    void aServerShuttingDownIsUnavailable() {
        // pg_ctl stop -m fast ends each session with 57P01; Hibernate has no JDBCConnectionException for it.
        var shutdown = new GenericJDBCException("JDBC exception executing SQL",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        assertThat(DatabaseUnavailable.isUnavailable(shutdown, true)).isTrue();
        var crash = new GenericJDBCException("x", new SQLException("terminating connection due to crash", "57P02"));
        assertThat(DatabaseUnavailable.isUnavailable(crash, true)).isTrue();
    }

    @Test
    void aLostOrRefusedConnectionIsUnavailable() {
        assertThat(DatabaseUnavailable.isUnavailable(new RuntimeException(new JDBCConnectionException("refused",
                new SQLException("Connection refused", "08001"))), true)).isTrue();
        assertThat(DatabaseUnavailable.isUnavailable(new GenericJDBCException("x",
                new SQLException("An I/O error occurred while sending to the backend", null,
                        new SocketException("Socket closed"))), true)).isTrue();
        assertThat(DatabaseUnavailable.isUnavailable(new DatabaseUnavailable.DownException(), true)).isTrue();
    }

    @Test
    void anOrdinaryFailureIsNot() {
        var duplicate = new GenericJDBCException("x", new SQLException("duplicate key", "23505"));
        assertThat(DatabaseUnavailable.isUnavailable(duplicate, true)).isFalse();
        assertThat(DatabaseUnavailable.isUnavailable(new IllegalStateException("bug"), true)).isFalse();
        // A browser that hung up is not the database.
        assertThat(DatabaseUnavailable.isUnavailable(new java.io.UncheckedIOException(
                new java.io.IOException(new SocketException("Connection reset"))), true)).isFalse();
    }

    @Test
    void anySqlFailureWhileTheWatchSeesTheServerAwayIsUnavailable() {
        var duplicate = new GenericJDBCException("x", new SQLException("duplicate key", "23505"));
        assertThat(DatabaseUnavailable.isUnavailable(duplicate, false)).isTrue();
        assertThat(DatabaseUnavailable.isUnavailable(new IllegalStateException("bug"), false)).isFalse();
    }
}
