package no.minside.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL of its own for the database fault drill (DatabaseFaultsTest), which stops, kills and pauses it: the
 * rest of the suite shares one server (EmbeddedDatabaseTestResource) that must not notice. Started once by zonky (the
 * same binaries as every other test) on a free port, then driven as an operator would: {@code pg_ctl stop -m fast},
 * SIGKILL or SIGSTOP of the postmaster and all its children, SIGCONT, and a start with the same command line.
 *
 * <p>The test reaches the server through system properties (its data directory and port) and a file (its command
 * line), not through static fields: the test resource and the test class may be loaded by different class loaders.
 */
public class FaultDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String DIR = "fault-db.dir";
    private static final String PORT = "fault-db.port";

    private EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        Path dir = Path.of("target", "fault-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                    .setPort(freePort()).setServerConfig("timezone", "UTC").setServerConfig("max_connections", "60")
                    // zonky turns synchronous commit off; a SIGKILL then loses the last commits (the drill's own
                    // debtor and session, a moment old), which a production server with it on would keep.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the fault drill's PostgreSQL in " + dir, e);
        }
        System.setProperty(DIR, dir.toString());
        System.setProperty(PORT, Integer.toString(server.getPort()));
        // The postmaster's own command line (binary, -D, -p and the settings), to start it again after a fault; in a
        // file, one argument a line (a system property with NULs would garble surefire's channel to Maven).
        try {
            Files.write(Path.of(dir + "-command"), commandLine(postmaster()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + server.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        try {
            resume();
            if (!running()) {
                startAgain();
            }
            server.close();
        } catch (IOException | RuntimeException e) {
            kill();
        }
    }

    /** {@code pg_ctl stop -m fast}: the server ends its sessions and shuts down cleanly. */
    public static void stopFast() {
        run(asServer(List.of(bin("pg_ctl"), "-D", dir(), "stop", "-m", "fast", "-w", "-t", "30")));
    }

    /** SIGKILL of the postmaster and every child (backends, checkpointer, writers): a crash, no goodbye to clients. */
    public static void kill() {
        signal("KILL");
    }

    /**
     * SIGSTOP of the postmaster and every child: the server still holds its port, so TCP connects succeed (the
     * kernel queues them), but nothing answers, neither queries nor logins.
     */
    public static void pause() {
        signal("STOP");
        // The signal takes effect when the process is next scheduled: on a busy machine that may take a moment.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String state = state(postmaster());
        while (!state.equals("T") && System.nanoTime() < deadline) {
            sleep(10);
            state = state(postmaster());
        }
        if (!state.equals("T")) {
            throw new IllegalStateException("The postmaster is not stopped after SIGSTOP: state " + state);
        }
    }

    /** The process state letter from /proc (R, S, T for stopped, Z). */
    private static String state(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        } catch (IOException e) {
            return "gone";
        }
    }

    public static void resume() {
        signal("CONT");
    }

    /** Starts the server again with its first command line (crash recovery after a kill) and waits until it answers. */
    public static void startAgain() {
        List<String> command = command();
        try {
            new ProcessBuilder(asServer(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir() + "-restart.log"))).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (answers()) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("The fault drill's PostgreSQL did not start again; see " + dir() + "-restart.log");
    }

    /** Whether a postmaster runs on the data directory (it may be paused). */
    public static boolean running() {
        try {
            return ProcessHandle.of(postmaster()).map(ProcessHandle::isAlive).orElse(false);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static boolean answers() {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("password", "postgres");
        props.setProperty("connectTimeout", "1");
        props.setProperty("socketTimeout", "2");
        try (var c = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty(PORT)
                + "/postgres", props)) {
            return c.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static void signal(String name) {
        if (!running()) {
            return;
        }
        ProcessHandle postmaster = ProcessHandle.of(postmaster()).orElseThrow();
        List<String> command = new ArrayList<>(List.of("kill", "-s", name, Long.toString(postmaster.pid())));
        postmaster.descendants().forEach(child -> command.add(Long.toString(child.pid())));
        System.out.println("fault drill: kill -s " + name + " " + command.subList(3, command.size()));
        run(command);
    }

    private static long postmaster() {
        Path pidFile = Path.of(dir(), "postmaster.pid");
        try {
            return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException | IndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalStateException("No postmaster in " + dir(), e);
        }
    }

    private static List<String> commandLine(long pid) {
        try {
            String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8);
            return Arrays.asList(raw.split("\u0000"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PostgreSQL refuses to run as root: as zonky does, run it in a user namespace of its own then. */
    private static List<String> asServer(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "-U"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String bin(String tool) {
        String postgres = command().get(0);
        return Path.of(postgres).resolveSibling(tool).toString();
    }

    private static List<String> command() {
        try {
            return Files.readAllLines(Path.of(dir() + "-command"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dir() {
        return System.getProperty(DIR);
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
