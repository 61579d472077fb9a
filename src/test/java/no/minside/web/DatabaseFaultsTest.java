package no.minside.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import no.minside.cases.IntakeRequests;
import no.minside.support.FaultDatabase;
import no.minside.support.Fixtures;
import no.minside.support.Management;
import no.minside.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database fault drill (issue 13, item 3): PostgreSQL stops ({@code pg_ctl stop -m fast}), is killed (SIGKILL
 * of the postmaster and its children) or stops answering (SIGSTOP: connects succeed, nothing answers). In each case
 * readiness goes DOWN within 10 s, pages answer the friendly 503 page (the API problem+json 503) within 3 s and no
 * request waits longer than 3 s, liveness stays UP, no request thread is left waiting on the database, and the app
 * recovers by itself when the server is back. Runs on a PostgreSQL of its own (FaultDatabase): the suite's shared
 * server never notices. Prints the figures (seconds to DOWN, to the first 503, the slowest page, to recovery).
 */
@QuarkusTest
@TestProfile(DatabaseFaultsTest.OwnDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultsTest {

    /** The drill's own server instead of the shared one; the management port as every @QuarkusTest has it. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FaultDatabase.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private static final double READY_DOWN_WITHIN = 10;
    private static final double FIRST_503_WITHIN = 3;
    private static final double PAGE_LATENCY_AT_MOST = 3;
    private static final double RECOVERED_WITHIN = 30;
    private static final List<String> FIGURES = Collections.synchronizedList(new ArrayList<>());

    @Inject
    Fixtures fixtures;

    private String caseNumber;
    private String apiKey;
    private String session;

    @BeforeEach
    void aLoggedInDebtor() {
        Fixtures.OpenedCase c = fixtures.openCase(IntakeRequests.consumer());
        WebClient browser = new WebClient();
        browser.loginWithPin(c.caseNumber(), c.pin());
        caseNumber = c.caseNumber();
        apiKey = c.apiKey();
        session = browser.cookies().get("minside_session");
        assertThat(session).isNotNull();
    }

    @Inject
    org.flywaydb.core.Flyway flyway;

    @Inject
    io.agroal.api.AgroalDataSource pool;

    /**
     * The pool's connections carry the request-sized bounds; Flyway's own connections do not, so that a long
     * migration (an index over millions of rows) is not cut off.
     */
    @Test
    @Order(0)
    void migrationsRunWithoutThePoolsTimeouts() throws Exception {
        assertThat(setting(pool, "statement_timeout")).isEqualTo("30s");
        javax.sql.DataSource migrations = flyway.getConfiguration().getDataSource();
        assertThat(migrations).isNotInstanceOf(io.agroal.api.AgroalDataSource.class);
        assertThat(setting(migrations, "statement_timeout")).isEqualTo("0");
        try (var c = migrations.getConnection()) {
            assertThat(c.getNetworkTimeout()).as("Flyway's read timeout").isZero();
        }
        try (var c = pool.getConnection()) {
            assertThat(c.getNetworkTimeout()).as("the pool's read timeout, ms").isEqualTo(60_000);
        }
    }

    private static String setting(javax.sql.DataSource source, String name) throws java.sql.SQLException {
        try (var c = source.getConnection(); var s = c.createStatement(); var r = s.executeQuery("show " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    @Order(1)
    void postgresStops() {
        drill("stop (pg_ctl stop -m fast)", FaultDatabase::stopFast, FaultDatabase::startAgain);
    }

    @Test
    @Order(2)
    void postgresIsKilled() {
        drill("kill (SIGKILL)", FaultDatabase::kill, FaultDatabase::startAgain);
    }

    @Test
    @Order(3)
    void postgresStopsAnswering() {
        drill("pause (SIGSTOP)", FaultDatabase::pause, FaultDatabase::resume);
    }

    @AfterAll
    static void printFigures() {
        System.out.println("== database fault drill");
        FIGURES.forEach(System.out::println);
    }

    private void drill(String fault, Runnable inject, Runnable restore) {
        Probes probes = new Probes(caseNumber, apiKey, session);
        probes.start();
        try {
            probes.awaitFirst(p -> p.kind.equals("page") && p.status == 200, 10);
            long faultAt = System.nanoTime();
            inject.run();
            Probe readyDown = probes.awaitFirst(p -> p.after(faultAt) && p.kind.equals("ready") && p.status == 503, 20);
            Probe page503 = probes.awaitFirst(p -> p.after(faultAt) && p.kind.equals("page") && p.status == 503, 20);
            Probe api503 = probes.awaitFirst(p -> p.after(faultAt) && p.kind.equals("api") && p.status == 503, 20);
            // Hold the fault a while longer: every request in it must end within the bound, none may hang.
            sleep(3000);
            List<String> waiting = requestThreadsWaitingOnTheDatabase();
            long restoreAt = System.nanoTime();
            restore.run();
            Probe recovered = probes.awaitFirst(p -> p.after(restoreAt) && p.kind.equals("page") && p.status == 200,
                    RECOVERED_WITHIN + 5);
            probes.awaitFirst(p -> p.after(restoreAt) && p.kind.equals("ready") && p.status == 200, 10);
            probes.stop();

            List<Probe> inFault = probes.all().stream()
                    .filter(p -> p.startedAt >= faultAt && p.startedAt < restoreAt).toList();
            double slowestPage = inFault.stream().filter(p -> !p.kind.equals("ready") && !p.kind.equals("live"))
                    .mapToDouble(Probe::seconds).max().orElse(0);
            double slowestReady = inFault.stream().filter(p -> p.kind.equals("ready")).mapToDouble(Probe::seconds)
                    .max().orElse(0);
            List<Probe> live = probes.all().stream().filter(p -> p.kind.equals("live")).toList();
            long liveUp = live.stream().filter(p -> p.status == 200).count();
            Set<Integer> pageStatuses = new java.util.TreeSet<>(inFault.stream()
                    .filter(p -> p.kind.equals("page") && p.startedAt > page503.startedAt && p.endedAt < restoreAt)
                    .map(p -> p.status).toList());
            String line = String.format(Locale.ROOT, "%-28s readiness DOWN %.2f s | first 503 page %.2f s, API %.2f s"
                            + " | slowest request in the fault %.2f s (readiness %.2f s) | liveness UP %d/%d"
                            + " | recovered %.2f s after the restore | %d requests in the fault",
                    fault, readyDown.secondsAfter(faultAt), page503.secondsAfter(faultAt), api503.secondsAfter(faultAt),
                    slowestPage, slowestReady, liveUp, live.size(), recovered.secondsAfter(restoreAt), inFault.size());
            FIGURES.add(line);
            System.out.println(line);

            assertThat(readyDown.secondsAfter(faultAt)).as("readiness DOWN").isLessThanOrEqualTo(READY_DOWN_WITHIN);
            assertThat(page503.secondsAfter(faultAt)).as("first 503 page").isLessThanOrEqualTo(FIRST_503_WITHIN);
            assertThat(api503.secondsAfter(faultAt)).as("first API 503").isLessThanOrEqualTo(FIRST_503_WITHIN);
            assertThat(slowestPage).as("slowest page or API request in the fault")
                    .isLessThanOrEqualTo(PAGE_LATENCY_AT_MOST);
            assertThat(pageStatuses).as("pages after the first 503, until the restore").containsOnly(503);
            assertThat(liveUp).as("liveness UP").isEqualTo(live.size());
            assertThat(waiting).as("request threads still waiting on the database 3 s into the fault").isEmpty();
            assertThat(recovered.secondsAfter(restoreAt)).as("recovery").isLessThanOrEqualTo(RECOVERED_WITHIN);
            assertFriendly(page503, api503);
        } finally {
            probes.stop();
            if (!FaultDatabase.running()) {
                FaultDatabase.startAgain();
            }
            FaultDatabase.resume();
        }
    }

    /** The existing error page, localized, with its reference; problem details for the API; never a stack trace. */
    private static void assertFriendly(Probe page, Probe api) {
        assertThat(page.contentType).startsWith("text/html");
        assertThat(page.body).contains("Tjenesten er midlertidig utilgjengelig").contains("data-testid=\"error-reference\"")
                .contains("lang=\"nb\"");
        assertThat(api.contentType).startsWith("application/problem+json");
        assertThat(api.body).contains("\"status\":503");
        for (Probe p : List.of(page, api)) {
            assertThat(p.body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at no.minside")
                    .doesNotContain("5432").doesNotContain(System.getProperty("fault-db.port"));
        }
    }

    /** Executor and event-loop threads in a socket read of the PostgreSQL driver: a request waiting on the server. */
    private static List<String> requestThreadsWaitingOnTheDatabase() {
        List<String> waiting = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            boolean requestThread = thread.getName().startsWith("executor-thread")
                    || thread.getName().startsWith("vert.x-");
            boolean inDriverRead = java.util.Arrays.stream(stack)
                    .anyMatch(f -> f.getClassName().startsWith("org.postgresql.core.PGStream")
                            || f.getClassName().startsWith("org.postgresql.core.VisibleBufferedInputStream"));
            if (requestThread && inDriverRead) {
                waiting.add(thread.getName());
            }
        });
        return waiting;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request and its answer. */
    record Probe(String kind, long startedAt, long endedAt, int status, String contentType, String body) {
        boolean after(long nanos) {
            return startedAt >= nanos;
        }

        double seconds() {
            return (endedAt - startedAt) / 1e9;
        }

        double secondsAfter(long nanos) {
            return (endedAt - nanos) / 1e9;
        }
    }

    /**
     * Four clients in a loop, one request at a time each: the debtor's case page, the creditor API's case read,
     * readiness and liveness. A request that fails at the socket counts as status 0.
     */
    static final class Probes {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final List<Probe> probes = new CopyOnWriteArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;
        private final Map<String, HttpRequest> requests;

        Probes(String caseNumber, String apiKey, String session) {
            String site = "http://localhost:" + RestAssured.port;
            String management = "http://localhost:" + Management.port();
            requests = Map.of(
                    "page", request(site + "/cases/" + caseNumber).header("Cookie", "minside_session=" + session)
                            .header("Accept-Language", "nb").build(),
                    "api", request(site + "/api/v1/cases/" + caseNumber).header("X-Api-Key", apiKey).build(),
                    "ready", request(management + "/q/health/ready").build(),
                    "live", request(management + "/q/health/live").build());
        }

        private static HttpRequest.Builder request(String url) {
            return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        }

        void start() {
            requests.forEach((kind, request) -> {
                Thread t = new Thread(() -> loop(kind, request), "drill-" + kind);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            });
        }

        private void loop(String kind, HttpRequest request) {
            while (running) {
                long started = System.nanoTime();
                int status;
                String type = "";
                String body = "";
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    status = answer.statusCode();
                    type = answer.headers().firstValue("Content-Type").orElse("");
                    body = answer.body();
                } catch (java.io.IOException e) {
                    status = 0;
                    body = e.toString();
                } catch (InterruptedException e) {
                    return;
                }
                probes.add(new Probe(kind, started, System.nanoTime(), status, type, body));
                sleep(kind.equals("live") ? 200 : 50);
            }
        }

        Probe awaitFirst(Predicate<Probe> wanted, double seconds) {
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < deadline) {
                for (Probe p : probes) {
                    if (wanted.test(p)) {
                        return p;
                    }
                }
                sleep(20);
            }
            throw new AssertionError("Not within " + seconds + " s; last answers: " + last());
        }

        private String last() {
            StringBuilder s = new StringBuilder();
            for (String kind : requests.keySet()) {
                probes.stream().filter(p -> p.kind.equals(kind)).reduce((a, b) -> b).ifPresent(p -> s.append(kind)
                        .append('=').append(p.status).append(" (").append(String.format(Locale.ROOT, "%.2f s",
                                p.seconds())).append(") ").append(p.body, 0, Math.min(200, p.body.length()))
                        .append("; "));
            }
            return s.toString();
        }

        List<Probe> all() {
            return probes;
        }

        void stop() {
            running = false;
            for (Thread t : threads) {
                try {
                    t.join(TimeUnit.SECONDS.toMillis(35));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
