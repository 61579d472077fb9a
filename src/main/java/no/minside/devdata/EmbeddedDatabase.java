package no.minside.devdata;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a real PostgreSQL 15 from a Maven artifact (zonky) for dev mode and tests, so that neither needs Docker
 * nor a server set up by hand. Only on the dev and test classpath: the embedded binaries are a provided dependency.
 */
public final class EmbeddedDatabase {

    /** System property holding the JDBC URL of the server this JVM started, so live reload reuses it. */
    public static final String URL_PROPERTY = "embedded-postgres.url";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the server once per JVM and returns its JDBC URL.
     *
     * @param dataDirectory where the cluster lives; kept between runs when {@code keepData} is true
     */
    public static synchronized String start(Path dataDirectory, boolean keepData) {
        return start(dataDirectory, keepData, Map.of());
    }

    /**
     * The same with more server settings, such as the load benchmark's
     * {@code shared_preload_libraries=pg_stat_statements} (BenchmarkDatabase).
     */
    public static synchronized String start(Path dataDirectory, boolean keepData, Map<String, String> serverConfig) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dataDirectory);
            stopStalePostmaster(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            serverConfig.forEach(builder::setServerConfig);
            server = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
        String url = server.getJdbcUrl(USER, "postgres");
        // Keep only the host/port/database part: credentials are supplied separately.
        url = url.replaceAll("\\?.*$", "");
        System.setProperty(URL_PROPERTY, url);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        return url;
    }

    /** Stops the server started by this JVM, if any. */
    public static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // Shutting down anyway; the next start clears a stale postmaster.
            }
            server = null;
            System.clearProperty(URL_PROPERTY);
        }
    }

    /** A JVM killed with -9 leaves its postmaster running and the lock file behind: end it before starting anew. */
    private static void stopStalePostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::valueOf);
        pid.flatMap(ProcessHandle::of).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
        Files.deleteIfExists(pidFile);
    }
}
