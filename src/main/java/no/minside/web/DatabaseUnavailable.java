package no.minside.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * What a request gets while PostgreSQL is away: the 503 page (problem details under /api) at once, before any work,
 * when {@link DatabaseWatch} knows it is away; and which failures mean "the database is away" when a request meets
 * it first ({@link #isUnavailable}), so that the answer is the same 503, never a 500.
 */
public class DatabaseUnavailable {

    /** Thrown instead of a database call that cannot succeed; answered with the 503. */
    public static class DownException extends RuntimeException {
        public DownException() {
            super("The database does not answer", null, false, false);
        }
    }

    /** Server states for "going away": admin shutdown, crash shutdown, cannot connect now (starting, stopping). */
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

    private final DatabaseWatch watch;
    private final ErrorPages pages;

    DatabaseUnavailable(DatabaseWatch watch, ErrorPages pages) {
        this.watch = watch;
        this.pages = pages;
    }

    /** After the body-size check, before anything that would ask the database (the API rate limit needs none). */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 50)
    public Response refuseWhileDown(ContainerRequestContext request) {
        if (watch.up()) {
            return null;
        }
        return ApiExceptionMappers.unavailable(pages, new DownException(), request.getUriInfo());
    }

    /**
     * Whether a failure means the database is away: a lost or refused connection, an I/O error or read timeout on
     * one, a server shutting down, a pool that could not give a connection in time; or any SQL failure while the
     * watch knows the server is away ({@code databaseUp} false). A socket error counts only under an SQL failure: a
     * browser that hung up is not the database.
     */
    public static boolean isUnavailable(Throwable failure, boolean databaseUp) {
        boolean underSql = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DownException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (underSql && (t instanceof SocketException || t instanceof SocketTimeoutException
                    || t instanceof EOFException)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                underSql = true;
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || SHUTTING_DOWN.contains(state))) {
                    return true;
                }
                if (!databaseUp) {
                    return true;
                }
            }
        }
        return false;
    }
}
