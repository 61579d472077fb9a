package no.minside.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Knows whether PostgreSQL answers, at most {@code interval + timeout} after it stopped doing so, and acts on it:
 * readiness DOWN ({@link DatabaseReadiness}), every page and API call a 503 at once instead of a wait
 * ({@link DatabaseUnavailableFilter}), and the pool's connections aborted, so that the requests already waiting on a
 * server that stopped answering end with a 503 too instead of hanging on a socket read.
 *
 * <p>A single daemon thread sends {@code select 1} on a connection of its own (not from the pool, so an exhausted
 * or broken pool cannot hide the server's state, nor a dead server block the pool), every {@code interval}. The
 * probe's connect, login and read are each bounded by {@code timeout}: a stopped or killed server fails the probe at
 * once (refused, or the connection closed), a paused one (SIGSTOP, a frozen VM: connects succeed, nothing answers)
 * after {@code timeout}. Once the server answers again the watch reports it UP and the pool refills by itself; the
 * app needs no restart.
 */
@ApplicationScoped
public class DatabaseWatch {

    @ConfigMapping(prefix = "minside.database.watch")
    public interface WatchConfig {
        /** How often the probe asks. */
        @WithDefault("250ms")
        Duration interval();

        /** How long the probe waits for a connect, a login or an answer before it calls the server unavailable. */
        @WithDefault("1500ms")
        Duration timeout();

        /** Off only where no database is wanted at all; readiness then ignores it. */
        @WithDefault("true")
        boolean enabled();
    }

    private final WatchConfig config;
    private final AgroalDataSource pool;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;

    private volatile boolean up = true;
    private volatile String problem;
    private volatile long downSinceNanos;
    private ScheduledExecutorService thread;
    private Connection probe;

    DatabaseWatch(WatchConfig config, AgroalDataSource pool,
                  @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                  @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                  @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.config = config;
        this.pool = pool;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "database-watch");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::probe, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread != null) {
            thread.shutdownNow();
            closeProbe();
        }
    }

    /** Whether the server answered the last probe. */
    public boolean up() {
        return up;
    }

    /** Why the last probe failed, for readiness; null while UP. */
    public String problem() {
        return problem;
    }

    private void probe() {
        try {
            if (probe == null) {
                probe = connect();
            }
            try (Statement statement = probe.createStatement()) {
                statement.execute("select 1");
            }
            markUp();
        } catch (SQLException | RuntimeException e) {
            closeProbe();
            markDown(e);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        user.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        String seconds = Long.toString(Math.max(1, (config.timeout().toMillis() + 999) / 1000));
        // Whole seconds in the URL properties: connect and every read of the login bounded, on this thread.
        props.setProperty("connectTimeout", seconds);
        props.setProperty("socketTimeout", seconds);
        props.setProperty("ApplicationName", "min-side database watch");
        Connection connection = DriverManager.getConnection(url, props);
        // The read bound in milliseconds (the URL property takes whole seconds).
        connection.setNetworkTimeout(Runnable::run, (int) config.timeout().toMillis());
        return connection;
    }

    private void markDown(Exception e) {
        problem = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        if (!up) {
            return;
        }
        up = false;
        downSinceNanos = System.nanoTime();
        Log.errorf("Database unavailable (%s): readiness DOWN, pages answer 503, the pool's connections are closed",
                problem);
        // Ends the requests already waiting on the server: their connection closes under them, they answer 503.
        pool.flush(AgroalDataSource.FlushMode.ALL);
    }

    private void markUp() {
        if (up) {
            return;
        }
        problem = null;
        up = true;
        Log.infof("Database answers again after %d ms: ready", (System.nanoTime() - downSinceNanos) / 1_000_000);
        // Connections made while it was away may be dead ones (a server that restarted): drop those.
        pool.flush(AgroalDataSource.FlushMode.INVALID);
    }

    private void closeProbe() {
        if (probe != null) {
            try {
                probe.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // Gone anyway.
            }
            probe = null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
