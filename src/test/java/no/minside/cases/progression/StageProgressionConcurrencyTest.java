package no.minside.cases.progression;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.minside.cases.CaseEventType;
import no.minside.cases.CaseStage;
import no.minside.cases.CostLineType;
import no.minside.cases.IntakeRequests;
import no.minside.cases.progression.CaseRows.CostRow;
import no.minside.cases.progression.CaseRows.EventRow;
import no.minside.support.Fixtures;
import no.minside.support.Json;
import no.minside.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage job run twice, and by two instances at once: every fee and every timeline event exactly once. The job
 * works on every open case in the database; the assertions look only at this test's own cases.
 */
@QuarkusTest
class StageProgressionConcurrencyTest {

    /** The notice, the demand, lett, tungt and the legal step, for cases opened 2025-03-03 and never paid. */
    private static final List<String> RUN_DAYS =
            List.of("2025-03-03", "2025-03-18", "2025-04-02", "2025-04-30", "2025-05-15", "2025-06-01");

    @Inject
    StageProgressionJob job;

    @Inject
    StageProgressionService progression;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseRows rows;

    @Inject
    TestClock clock;

    private ExecutorService threads;

    @BeforeEach
    void startThreads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void twoInstancesRunningAtOnceRecordEveryStepOnce() throws Exception {
        List<String> caseNumbers = openCases(8);

        for (String day : RUN_DAYS) {
            clock.fixAt(Instant.parse(day + "T10:00:00Z"));
            atOnce(job::run, job::run);
        }

        for (String caseNumber : caseNumbers) {
            assertEverythingOnce(caseNumber);
        }
    }

    /**
     * Two instances' jobs started at the same moment, 20 times over a fresh case with every step due at once: both
     * read the same open cases, and each case is written by the one that locks it first; the other skips it while
     * it is held, or locks it afterwards, re-reads it and finds nothing left to do. Never a second fee, event or
     * letter.
     */
    @Test
    void twoInstancesStartedTogetherTwentyTimesRecordEachStepOnce() throws Exception {
        int trials = 20;
        int[] byFirst = new int[trials];
        for (int trial = 0; trial < trials; trial++) {
            List<String> caseNumbers = openCases(1);
            clock.fixAt(Instant.parse("2025-06-01T10:00:00Z"));

            List<Integer> advanced = atOnce(job::run, job::run);

            byFirst[trial] = advanced.get(0);
            assertThat(advanced.get(0) + advanced.get(1)).as("trial %d: cases advanced by A and B", trial)
                    .isGreaterThanOrEqualTo(caseNumbers.size());
            for (String caseNumber : caseNumbers) {
                assertEverythingOnce(caseNumber);
                long id = rows.byNumber(caseNumber).id();
                assertThat(rows.letters(id, "COLLECTION_NOTICE")).as(caseNumber).isEqualTo(1);
                assertThat(rows.letters(id, "PAYMENT_DEMAND")).as(caseNumber).isEqualTo(1);
            }
        }
        System.out.println("stage job, two instances at once: cases advanced by A per trial "
                + java.util.Arrays.toString(byFirst));
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        List<String> caseNumbers = openCases(3);
        clock.fixAt(Instant.parse("2025-06-01T10:00:00Z"));
        job.run();
        List<CaseRows.Snapshot> before = caseNumbers.stream().map(rows::snapshot).toList();

        job.run();

        assertThat(caseNumbers.stream().map(rows::snapshot).toList()).isEqualTo(before);
        for (String caseNumber : caseNumbers) {
            assertEverythingOnce(caseNumber);
        }
    }

    @Test
    void twoCallsForTheSameCaseAtOnceRecordItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String caseNumber = openCases(1).get(0);
            long id = rows.byNumber(caseNumber).id();

            List<Integer> recorded = atOnce(() -> progression.advance(id, LocalDate.parse("2025-06-01")),
                    () -> progression.advance(id, LocalDate.parse("2025-06-01")));

            // One call records all five steps; the other waits for its lock, re-reads and finds nothing left.
            assertThat(recorded).containsExactlyInAnyOrder(5, 0);
            assertEverythingOnce(caseNumber);
        }
    }

    /** The notice fee once, lett and tungt once per claim, the demand and the legal step once, each on its day. */
    private void assertEverythingOnce(String caseNumber) {
        CaseRows.CaseRow row = rows.byNumber(caseNumber);
        assertThat(row.stage()).as(caseNumber).isEqualTo(CaseStage.LEGAL);
        List<Long> claims = rows.claimIds(row.id());
        List<CostRow> costs = rows.costs(row.id());
        List<String> expectedCosts = new ArrayList<>();
        expectedCosts.add("COLLECTION_NOTICE_FEE null 2025-03-03");
        for (Long claim : claims) {
            expectedCosts.add("LIGHT_FEE " + claim + " 2025-04-02");
            expectedCosts.add("HEAVY_FEE " + claim + " 2025-04-30");
        }
        assertThat(costs).as(caseNumber).extracting(c -> c.type() + " " + c.claimId() + " " + c.incurredOn())
                .containsExactlyInAnyOrderElementsOf(expectedCosts);

        Map<CaseEventType, Long> events = rows.events(row.id()).stream()
                .collect(Collectors.groupingBy(EventRow::type, Collectors.counting()));
        assertThat(events).as(caseNumber).containsExactlyInAnyOrderEntriesOf(Map.of(
                CaseEventType.CASE_OPENED, 1L,
                CaseEventType.COLLECTION_NOTICE_SENT, 1L,
                CaseEventType.PAYMENT_DEMAND_SENT, 1L,
                CaseEventType.FEE_ADDED, (long) costs.size(),
                CaseEventType.LEGAL_STEP, 1L));
        assertThat(costs).extracting(CostRow::type).filteredOn(t -> t == CostLineType.COLLECTION_NOTICE_FEE)
                .hasSize(1);
    }

    /** Opens unpaid cases on 2025-03-03: every other one with two claims, in different fee bands. */
    private List<String> openCases(int count) {
        clock.fixAt(Instant.parse("2025-03-03T10:00:00Z"));
        List<String> caseNumbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> request = IntakeRequests.consumer();
            Json.set(request, "claims[0].principal", (400 + 700 * i) + ".00");
            Json.set(request, "claims[0].dueDate", "2025-02-01");
            if (i % 2 == 1) {
                request.put("claims", Json.array(((List<?>) request.get("claims")).get(0), Json.object(
                        "invoiceNumber", "20077", "description", "Strøm november", "principal", "3100.00",
                        "dueDate", "2025-01-15")));
            }
            caseNumbers.add(fixtures.openCase(request).caseNumber());
        }
        return caseNumbers;
    }

    /** Starts both at the same moment on two threads and waits for both. */
    private <T> List<T> atOnce(Supplier<T> first, Supplier<T> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<T>> runs = List.of(first, second).stream()
                .map(task -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return task.get();
                }, threads))
                .toList();
        List<T> results = new ArrayList<>();
        for (CompletableFuture<T> run : runs) {
            results.add(run.get(120, TimeUnit.SECONDS));
        }
        return results;
    }
}
