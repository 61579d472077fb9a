package no.minside.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The cost of one audit append, each in a transaction of its own as a login or a staff view writes it: one thread
 * (the latency a request pays) and eight at once (the throughput). On demand only:
 * {@code ./mvnw -o -q test -Dtest=AuditAppendCostTest -Daudit.cost=true}; the figures go to standard output, with
 * what sealing those rows and checking the whole chain took.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "audit.cost", matches = "true")
class AuditAppendCostTest {

    private static final int WARM_UP = 500;
    private static final int APPENDS = 3000;
    private static final int THREADS = 8;

    @Inject
    AuditLog audit;

    @Inject
    AuditChainService chain;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void measuresOneAppend() throws Exception {
        appends(WARM_UP);
        long start = System.nanoTime();
        appends(APPENDS);
        double single = (System.nanoTime() - start) / 1_000.0 / APPENDS;

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            start = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> appends(APPENDS / THREADS)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("AUDIT APPEND COST: %.0f us per append (1 thread, %d appends); %.0f appends/s with %d"
                    + " threads (%.0f us each)%n", single, APPENDS, APPENDS / seconds, THREADS,
                    seconds * 1e6 / APPENDS);
        } finally {
            pool.shutdown();
        }
        triggerOnAndOff();
        afterMeasuring();
    }

    /**
     * V16's insert trigger is what an append pays more than before (the chain itself is computed later): appends
     * with it and with it switched off, in alternating rounds, so that a busy machine weighs on both alike.
     */
    void triggerOnAndOff() {
        long[] nanos = new long[2];
        int round = 500;
        for (int i = 0; i < 8; i++) {
            boolean on = i % 2 == 0;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("alter table audit_log "
                    + (on ? "enable" : "disable") + " trigger audit_log_append_only").executeUpdate());
            long start = System.nanoTime();
            appends(round);
            nanos[on ? 0 : 1] += System.nanoTime() - start;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "alter table audit_log enable trigger audit_log_append_only").executeUpdate());
        System.out.printf("AUDIT APPEND TRIGGER: %.0f us per append with V16's trigger, %.0f us without it"
                + " (1 thread, 4 alternating rounds of %d each)%n", nanos[0] / 1_000.0 / (4 * round),
                nanos[1] / 1_000.0 / (4 * round), round);
    }

    /** What the chain costs beside the appends: sealing them (in the background) and walking them all. */
    void afterMeasuring() {
        long start = System.nanoTime();
        int sealed = chain.seal(true);
        double sealMs = (System.nanoTime() - start) / 1e6;
        chain.checkAll();
        start = System.nanoTime();
        AuditCheck check = chain.checkAll();
        double checkMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("AUDIT CHAIN COST: sealed %d rows in %.0f ms (%.0f us each); whole chain of %d rows"
                + " checked (a second time, warm) in %.0f ms (%.1f us each), %s%n", sealed, sealMs, sealMs * 1000 / Math.max(1, sealed),
                check.rowsChecked(), checkMs, checkMs * 1000 / Math.max(1, check.rowsChecked()),
                check.ok() ? "intact" : "BROKEN " + check.firstBreak());
        org.assertj.core.api.Assertions.assertThat(check.ok()).isTrue();
    }

    private void appends(int n) {
        for (int i = 0; i < n; i++) {
            int k = i;
            QuarkusTransaction.requiringNew().run(() -> audit.record(AuditLog.Actor.STAFF, 1L, "STAFF_VIEWED_CASE",
                    "case:cost" + k, null));
        }
    }
}
