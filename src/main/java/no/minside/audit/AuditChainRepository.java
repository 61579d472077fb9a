package no.minside.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The chain's rows and the verifier's results (audit_check), in native SQL: neither is an entity anyone edits. */
@ApplicationScoped
public class AuditChainRepository {

    private static final String ROW = "select seq, id, at, actor_type, actor_id, action, target, detail, prev_hash,"
            + " hash from audit_log ";
    private static final String CHECK = "select checked_at, kind, ok, from_seq, head_seq, head_hash, rows_checked,"
            + " break_reason, break_seq, break_id, break_other, millis from audit_check ";

    private final EntityManager em;

    AuditChainRepository(EntityManager em) {
        this.em = em;
    }

    /** Chains up to {@code max} committed unsealed rows (V16's audit_seal); without {@code wait}, 0 when busy. */
    int seal(int max, boolean wait) {
        return ((Number) em.createNativeQuery("select audit_seal(?1, ?2)").setParameter(1, max)
                .setParameter(2, wait).getSingleResult()).intValue();
    }

    /** Whether this transaction may check the chain: false while another one does (held until it ends). */
    boolean tryCheckLock() {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('audit_log_check'))")
                .getSingleResult();
    }

    /** Up to {@code limit} sealed rows after {@code seq}, in chain order. */
    List<ChainRow> after(long seq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(ROW + "where seq > ?1 order by seq limit ?2")
                .setParameter(1, seq).setParameter(2, limit).getResultList();
        List<ChainRow> rows = new ArrayList<>(result.size());
        result.forEach(r -> rows.add(row(r)));
        return rows;
    }

    Optional<ChainRow> at(long seq) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(ROW + "where seq = ?1").setParameter(1, seq).getResultList();
        return result.stream().findFirst().map(AuditChainRepository::row);
    }

    void save(AuditCheck check) {
        AuditCheck.Break b = check.firstBreak();
        em.createNativeQuery("insert into audit_check (checked_at, kind, ok, from_seq, head_seq, head_hash,"
                        + " rows_checked, break_reason, break_seq, break_id, break_other, millis)"
                        + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as varchar), ?7, cast(?8 as varchar),"
                        + " cast(?9 as bigint), cast(?10 as bigint), cast(?11 as bigint), ?12)")
                .setParameter(1, check.checkedAt().atOffset(ZoneOffset.UTC)).setParameter(2, check.kind().name())
                .setParameter(3, check.ok()).setParameter(4, check.fromSeq()).setParameter(5, check.headSeq())
                .setParameter(6, check.headHash()).setParameter(7, check.rowsChecked())
                .setParameter(8, b == null ? null : b.reason().name()).setParameter(9, b == null ? null : b.seq())
                .setParameter(10, b == null ? null : b.rowId()).setParameter(11, b == null ? null : b.other())
                .setParameter(12, check.millis()).executeUpdate();
    }

    /** The latest check, good or not. */
    Optional<AuditCheck> latest() {
        return check(CHECK + "order by id desc limit 1");
    }

    /** The latest good check: where a check of the new rows goes on from. */
    Optional<AuditCheck> latestGood() {
        return check(CHECK + "where ok order by id desc limit 1");
    }

    private Optional<AuditCheck> check(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(sql).getResultList();
        return result.stream().findFirst().map(r -> new AuditCheck(AuditTrailRepository.instant(r[0]),
                AuditCheck.Kind.valueOf((String) r[1]), (Boolean) r[2], number(r[3]), number(r[4]), (String) r[5],
                number(r[6]), r[7] == null ? null : new AuditCheck.Break(AuditCheck.Reason.valueOf((String) r[7]),
                number(r[8]), nullable(r[9]), nullable(r[10])), number(r[11])));
    }

    private static ChainRow row(Object[] r) {
        return new ChainRow(number(r[0]), number(r[1]), AuditTrailRepository.instant(r[2]), (String) r[3],
                nullable(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Long nullable(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
