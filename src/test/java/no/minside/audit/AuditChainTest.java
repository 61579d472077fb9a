package no.minside.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is append-only for the application's own connection, and its hash chain shows each kind of
 * tampering, naming the first row it breaks at. Tampering is done the way someone with the owner's or a superuser's
 * rights could (triggers off for the session) inside a transaction that is rolled back, so the shared chain stays
 * good for every other test.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditChainService chain;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theAppsConnectionCanNeitherUpdateNorDeleteNorTruncate() {
        chain.checkAll();
        long unsealed = append(1).get(0);
        long sealed = append(1).get(0);
        chain.seal(true);
        for (String sql : List.of("update audit_log set detail = 'changed' where id = " + sealed,
                "update audit_log set at = at + interval '1 second' where id = " + sealed,
                "update audit_log set hash = repeat('0', 64) where id = " + sealed,
                "delete from audit_log where id = " + sealed,
                "truncate audit_log",
                "update audit_check set ok = true",
                "delete from audit_check",
                "truncate audit_check")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery(sql).executeUpdate()))
                    .as(sql).hasStackTraceContaining("append-only");
        }
        long fresh = append(1).get(0);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update audit_log set detail = 'before sealing' where id = " + fresh).executeUpdate()))
                .as("an unsealed row is as fixed").hasStackTraceContaining("append-only");
        String forged = "chain-test:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into audit_log (actor_type, action,"
                + " target, seq, prev_hash, hash) values ('SYSTEM', 'CHAIN_TEST', ?1, 1, repeat('a', 64),"
                + " repeat('a', 64))").setParameter(1, forged).executeUpdate());
        assertThat(count("audit_log where target = '" + forged + "' and seq is null"))
                .as("a row cannot arrive with a place in the chain").isEqualTo(1);
        chain.seal(true);
        assertThat(count("audit_log where id in (" + unsealed + ", " + sealed + ") and detail = 'row 0'"
                + " and seq is not null")).as("unchanged, and sealed").isEqualTo(2);
        assertThat(chain.checkAll().ok()).isTrue();
    }

    @Test
    void anUntouchedChainVerifiesWholeAndItsNewRowsOnly() {
        append(3);
        List<String> awkward = List.of("æøå – 🙂", "1:2-3", "-", "", "a\nb\tc", "x".repeat(500));
        for (String text : awkward) {
            QuarkusTransaction.requiringNew().run(() -> audit.record(AuditLog.Actor.CLIENT, null, "CHAIN_TEST",
                    text.isEmpty() ? null : text.substring(0, Math.min(80, text.length())), text));
        }
        AuditCheck all = chain.checkAll();
        assertThat(all.ok()).as("%s", all).isTrue();
        assertThat(all.kind()).isEqualTo(AuditCheck.Kind.FULL);
        assertThat(all.rowsChecked()).isEqualTo(all.headSeq()).isEqualTo(count("audit_log"));
        assertThat(count("audit_log where seq is null")).isZero();

        append(7);
        AuditCheck fresh = chain.checkNew();
        assertThat(fresh.ok()).isTrue();
        assertThat(fresh.kind()).isEqualTo(AuditCheck.Kind.INCREMENTAL);
        assertThat(fresh.fromSeq()).isEqualTo(all.headSeq() + 1);
        assertThat(fresh.rowsChecked()).isEqualTo(7);
        assertThat(chain.latest()).contains(fresh);
    }

    @Test
    void aChangedDetailIsFoundAtItsRowAlsoByTheSqlScript() throws Exception {
        List<Long> ids = append(5);
        String script = Files.readAllLines(Path.of("docker", "audit-verify.sql")).stream()
                .filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
        Object[] intact = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(script)
                .getSingleResult());
        assertThat(intact[0]).isEqualTo("OK");
        assertThat(((Number) intact[1]).longValue()).isEqualTo(((Number) intact[2]).longValue())
                .isGreaterThanOrEqualTo(seq(ids.get(4)));
        Object[][] sql = new Object[1][];
        AuditCheck check = tampered(t -> {
            t.sql("update audit_log set detail = 'nothing to see' where id = " + ids.get(2));
            sql[0] = (Object[]) em.createNativeQuery(script).getSingleResult();
        });
        assertBreak(check, AuditCheck.Reason.CHANGED, seq(ids.get(2)), ids.get(2), null);
        assertThat(sql[0][0]).isEqualTo("BROKEN");
        assertThat(((Number) sql[0][1]).longValue()).isEqualTo(seq(ids.get(2)));
        assertThat(((Number) sql[0][2]).longValue()).isEqualTo(ids.get(2));
        assertThat(sql[0][3]).isEqualTo("CHANGED");
    }

    @Test
    void aDeletedRowIsAGapBeforeTheNext() {
        List<Long> ids = append(5);
        AuditCheck check = tampered(t -> t.sql("delete from audit_log where id = " + ids.get(2)));
        assertBreak(check, AuditCheck.Reason.MISSING, seq(ids.get(2)), ids.get(3), seq(ids.get(2)));
    }

    @Test
    void aDeletedRowWithTheRestRenumberedBreaksTheLink() {
        List<Long> ids = append(5);
        long gone = seq(ids.get(2));
        AuditCheck check = tampered(t -> {
            t.sql("delete from audit_log where id = " + ids.get(2));
            t.sql("update audit_log set seq = seq + 1000000000 where seq > " + gone);
            t.sql("update audit_log set seq = seq - 1000000001 where seq > 1000000000");
        });
        assertBreak(check, AuditCheck.Reason.RELINKED, gone, ids.get(3), ids.get(1));
    }

    @Test
    void aForgedRowInsertedWithAGoodHashIsNamed() {
        List<Long> ids = append(5);
        long after = seq(ids.get(2));
        long[] forged = new long[1];
        AuditCheck check = tampered(t -> {
            t.sql("update audit_log set seq = seq + 1000000000 where seq > " + after);
            t.sql("update audit_log set seq = seq - 999999999 where seq > 1000000000");
            forged[0] = ((Number) em.createNativeQuery("insert into audit_log (at, actor_type, action, target, seq,"
                    + " prev_hash, hash) select a.at, 'SYSTEM', 'CHAIN_TEST', 'chain-test:forged', a.seq + 1, a.hash,"
                    + " repeat('0', 64) from audit_log a where a.seq = " + after + " returning id").getSingleResult())
                    .longValue();
            t.sql("update audit_log set hash = audit_hash(prev_hash, seq, id, at, actor_type, actor_id, action,"
                    + " target, detail) where id = " + forged[0]);
        });
        assertBreak(check, AuditCheck.Reason.INSERTED, after + 1, forged[0], ids.get(3));
    }

    @Test
    void twoRowsSwappedAreNamed() {
        List<Long> ids = append(5);
        long first = seq(ids.get(1));
        AuditCheck check = tampered(t -> {
            t.sql("update audit_log set seq = 2000000000 where id = " + ids.get(1));
            t.sql("update audit_log set seq = " + first + " where id = " + ids.get(2));
            t.sql("update audit_log set seq = " + (first + 1) + " where id = " + ids.get(1));
        });
        assertBreak(check, AuditCheck.Reason.MOVED, first, ids.get(2), ids.get(1));
    }

    @Test
    void aRowChangedAndRehashedBreaksTheLinkAfterIt() {
        List<Long> ids = append(5);
        AuditCheck check = tampered(t -> t.sql("update audit_log set detail = 'rehashed', hash = audit_hash("
                + "prev_hash, seq, id, at, actor_type, actor_id, action, target, 'rehashed') where id = "
                + ids.get(2)));
        assertBreak(check, AuditCheck.Reason.RELINKED, seq(ids.get(3)), ids.get(3), ids.get(2));
    }

    @Test
    void theLastRowsDeletedAfterAGoodCheckAreMissed() {
        append(3);
        AuditCheck check = tampered(t -> {
            AuditCheck good = chain.checkAll();
            assertThat(good.ok()).isTrue();
            t.sql("delete from audit_log where seq > " + (good.headSeq() - 2));
            t.check = chain.checkNew();
            assertBreak(t.check, AuditCheck.Reason.TRUNCATED, good.headSeq() - 1, null, good.headSeq());
        });
        assertThat(check.ok()).isFalse();
    }

    @Test
    void aChainRecomputedFromATamperedRowOnDiffersFromTheLastGoodCheck() {
        List<Long> ids = append(5);
        long from = seq(ids.get(1));
        AuditCheck check = tampered(t -> {
            AuditCheck good = chain.checkAll();
            assertThat(good.ok()).isTrue();
            t.sql("update audit_log set detail = 'rewritten' where id = " + ids.get(1));
            t.sql("do $$ declare r record; p varchar; begin"
                    + " select hash into p from audit_log where seq = " + (from - 1) + ";"
                    + " for r in select * from audit_log where seq >= " + from + " order by seq loop"
                    + " update audit_log set prev_hash = p, hash = audit_hash(p, r.seq, r.id, r.at, r.actor_type,"
                    + " r.actor_id, r.action, r.target, r.detail) where id = r.id returning hash into p;"
                    + " end loop; end $$");
            t.check = chain.checkNew();
            long head = good.headSeq();
            assertBreak(t.check, AuditCheck.Reason.REWRITTEN, head, idAt(head), null);
            assertThat(chain.checkNew()).as("a break stands, without another walk").isEqualTo(t.check);
        });
        assertThat(check.kind()).as("the check of new rows walked it all").isEqualTo(AuditCheck.Kind.FULL);
    }

    @Test
    void manyThreadsAppendingWhileTwoSealersRunStillMakeOneChain() throws Exception {
        int threads = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        AtomicBoolean appending = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> appenders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                appenders.add(pool.submit(() -> {
                    start.await();
                    append(each);
                    return null;
                }));
            }
            List<Future<Integer>> sealers = new ArrayList<>();
            for (boolean wait : new boolean[] {false, true}) {
                sealers.add(pool.submit(() -> {
                    start.await();
                    int sealed = 0;
                    while (appending.get()) {
                        sealed += chain.seal(wait);
                    }
                    return sealed;
                }));
            }
            start.countDown();
            for (Future<?> f : appenders) {
                f.get(2, TimeUnit.MINUTES);
            }
            appending.set(false);
            for (Future<Integer> f : sealers) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        AuditCheck check = chain.checkAll();
        assertThat(check.ok()).as("%s", check).isTrue();
        assertThat(count("audit_log where seq is null")).isZero();
        assertThat(check.headSeq()).isEqualTo(count("audit_log"));
        assertThat(count("audit_log where target like 'chain-test:%'")).isGreaterThanOrEqualTo(threads * each);
    }

    @Test
    void theMigrationChainsTheRowsThatWereThere() throws Exception {
        String schema = "chain_migration_" + Long.toHexString(System.nanoTime());
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema).locations("db/migration")
                .cleanDisabled(false).target("14").load();
        try {
            flyway.migrate();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("insert into " + schema + ".audit_log (at, actor_type, actor_id, action, target,"
                        + " detail) select now() - g * interval '1 minute', 'STAFF', g, 'STAFF_VIEWED_CASE',"
                        + " 'case:' || g, case when g % 3 = 0 then 'æøå ' || g end from generate_series(1, 12001) g");
            }
            Flyway.configure().dataSource(dataSource).schemas(schema).locations("db/migration").load().migrate();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select seq, id, at, actor_type, actor_id, action, target, detail,"
                         + " prev_hash, hash from " + schema + ".audit_log order by seq")) {
                ChainWalk walk = ChainWalk.fromStart(null);
                int rows = 0;
                while (r.next()) {
                    rows++;
                    assertThat(walk.feed(new ChainRow(r.getLong(1), r.getLong(2), r.getObject(3,
                            java.time.OffsetDateTime.class).toInstant(), r.getString(4), r.getObject(5, Long.class),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10))))
                            .isTrue();
                }
                assertThat(walk.finish()).isNull();
                assertThat(rows).isEqualTo(12001);
                assertThat(walk.headSeq()).isEqualTo(12001);
            }
        } finally {
            flyway.clean();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("drop schema if exists " + schema + " cascade");
            }
        }
    }

    /** What a tampering test does, in its transaction. */
    final class Tamper {
        AuditCheck check;

        void sql(String sql) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }

    /** Tampers with triggers off for the session, checks the whole chain (unless the tamper did), rolls back. */
    private AuditCheck tampered(Consumer<Tamper> tampering) {
        assertThat(chain.checkAll().ok()).as("good before").isTrue();
        QuarkusTransaction.begin();
        try {
            em.createNativeQuery("select set_config('session_replication_role', 'replica', true)").getSingleResult();
            Tamper t = new Tamper();
            tampering.accept(t);
            return t.check != null ? t.check : chain.checkAll();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static void assertBreak(AuditCheck check, AuditCheck.Reason reason, long seq, Long rowId, Long other) {
        assertThat(check.ok()).as("%s", check).isFalse();
        assertThat(check.firstBreak()).isEqualTo(new AuditCheck.Break(reason, seq, rowId, other));
    }

    private List<Long> append(int n) {
        List<Long> ids = new ArrayList<>();
        String marker = "chain-test:" + UUID.randomUUID();
        for (int i = 0; i < n; i++) {
            int k = i;
            QuarkusTransaction.requiringNew().run(() -> audit.record(AuditLog.Actor.SYSTEM, (long) k, "CHAIN_TEST",
                    marker, "row " + k));
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select id from audit_log where target = ?1"
                + " order by id").setParameter(1, marker).getResultList()
                .forEach(id -> ids.add(((Number) id).longValue())));
        chain.seal(true);
        return ids;
    }

    private long seq(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em.createNativeQuery(
                "select seq from audit_log where id = ?1").setParameter(1, id).getSingleResult()).longValue());
    }

    private Long idAt(long seq) {
        return ((Number) em.createNativeQuery("select id from audit_log where seq = ?1").setParameter(1, seq)
                .getSingleResult()).longValue();
    }

    private long count(String from) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + from).getSingleResult()).longValue());
    }
}
