package no.minside.deploy;

import no.minside.devdata.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image's class archive (docker/app-cds.sh, run by docker/Dockerfile with the image's JRE): a training run of the
 * packaged app against a PostgreSQL of its own writes an archive this JVM loads, and a new instance started with it
 * (as the image's ENTRYPOINT does, from the app's directory) is ready and takes the classes of its whole start from
 * the archive, the database's, Hibernate's and the app's own included, not only those of static init (issue 12,
 * start-up). How much faster that is, is measured by src/test/perf/startup.sh and bench.sh, not here.
 */
class ClassArchiveIT {

    private static final Path APP = Path.of("target", "quarkus-app");
    private static final String ARCHIVE = "class-archive-it.jsa";
    private static final Path CLASS_LOG = Path.of("target", "class-archive-it-classes.log");
    private static final String DATABASE = "class_archive_it";
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    private static String databaseUrl;
    private static Process app;

    /** A database of its own on the tests' server, so the training run's migrations touch no other test's schema. */
    @BeforeAll
    static void database() throws SQLException {
        String server = EmbeddedDatabase.start(Path.of("target", "test-postgres-" + ProcessHandle.current().pid()),
                false);
        try (Connection connection = DriverManager.getConnection(server, EmbeddedDatabase.USER,
                EmbeddedDatabase.PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
        databaseUrl = server.replaceAll("/[^/]*$", "/" + DATABASE);
    }

    /** Stops the instance and removes its 100 MB archive, which nothing after this test reads. */
    @AfterAll
    static void stop() throws InterruptedException, IOException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        Files.deleteIfExists(APP.resolve(ARCHIVE));
    }

    @Test
    void aTrainedArchiveHoldsTheWholeStart() throws Exception {
        Path archive = APP.resolve(ARCHIVE);
        Files.deleteIfExists(archive);
        List<String> training = new ArrayList<>(List.of("bash", "docker/app-cds.sh", APP.toString()));
        training.addAll(JVM_OPTIONS);
        ProcessBuilder builder = new ProcessBuilder(training).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "class-archive-it-training.log").toFile());
        Map<String, String> env = builder.environment();
        database(env);
        // The archive fits only the JVM that made it: the training run uses this one, as the start below does.
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", ""));
        env.put("APP_CDS_ARCHIVE", ARCHIVE);
        env.put("APP_CDS_PORT", String.valueOf(freePort()));
        env.put("APP_CDS_MANAGEMENT_PORT", String.valueOf(freePort()));
        Process run = builder.start();
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("the training run ends").isTrue();
        assertThat(run.exitValue()).as("app-cds.sh: see target/class-archive-it-training.log").isZero();
        assertThat(archive).isNotEmptyFile();

        int managementPort = freePort();
        Files.deleteIfExists(CLASS_LOG);
        List<String> start = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // -Xshare:on: refuse to start rather than quietly start without the archive.
                "-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:on", "-Xmx256m",
                "-Xlog:class+load=info:file=" + CLASS_LOG.toAbsolutePath()));
        start.addAll(JVM_OPTIONS);
        start.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder instance = new ProcessBuilder(start).directory(APP.toFile()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "class-archive-it-app.log").toFile());
        database(instance.environment());
        instance.environment().put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
        instance.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        app = instance.start();
        assertThat(readyWithin(managementPort, Duration.ofMinutes(2)))
                .as("the instance with the archive gets ready: see target/class-archive-it-app.log").isTrue();

        String classes = Files.readString(CLASS_LOG);
        // The top (dynamic) archive is the trained one. Quarkus's own archive ends with static init, before these.
        for (String loadedAtStart : List.of("org.hibernate.internal.SessionFactoryImpl",
                "org.flywaydb.core.internal.command.DbMigrate", "io.quarkus.qute.EngineImpl",
                "org.postgresql.jdbc.PgConnection")) {
            assertThat(classes).as(loadedAtStart).contains(loadedAtStart + " source: shared objects file (top)");
        }
        // Measured: 189 of about 15 900 classes from the jars with this archive, 5 288 of 14 900 with Quarkus's.
        long fromArchives = classes.lines().filter(line -> line.contains(" source: shared objects file")).count();
        long fromJars = classes.lines().filter(line -> line.contains(" source: file:")).count();
        assertThat(fromJars).as("classes read from the jars, of %d from the archives", fromArchives)
                .isLessThan(fromArchives / 20);
    }

    private static void database(Map<String, String> env) {
        env.put("DB_URL", databaseUrl);
        env.put("DB_USER", EmbeddedDatabase.USER);
        env.put("DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        for (String key : List.of("SESSION_KEY", "LETTER_KEY", "STAFF_KEY", "PIN_KEY")) {
            env.put(key, "class-archive-it-" + key.toLowerCase() + "-0123456789abcdef0123456789");
        }
        env.put("MINSIDE_STAGE_JOB_CRON", "off");
        env.put("MINSIDE_PLANS_JOB_CRON", "off");
    }

    private static boolean readyWithin(int managementPort, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
