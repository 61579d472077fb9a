package no.minside.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.common.TimeSource;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Seals the audit trail into its hash chain and verifies the chain. Sealing chains the committed rows that have no
 * place yet (every few seconds, {@link AuditChainJob}); a check first seals, then walks the sealed rows in order,
 * recomputing every hash, and records its result in audit_check.
 *
 * <p>Checking the whole chain reads every row, too slow for each view of the admin page on a big log: the page shows
 * the latest check as stored. The job checks the rows sealed since the last good check every ten minutes (from that
 * check's row and hash: a few minutes' worth), and walks the whole chain every night; an admin can run either now.
 * A check of new rows whose starting row is no longer what the good check saw walks the whole chain instead; a
 * break, once found, stands until a whole walk finds the chain good again.
 */
@ApplicationScoped
public class AuditChainService {

    private static final Logger LOG = Logger.getLogger(AuditChainService.class);

    /** Rows per seal and per read of a walk. */
    static final int BATCH = 5000;

    /** A walk of a log of millions of rows takes minutes: longer than a transaction's default minute. */
    private static final int WALK_TIMEOUT_SECONDS = 3600;

    private final AuditChainRepository chain;
    private final AuditLog audit;
    private final TimeSource time;

    AuditChainService(AuditChainRepository chain, AuditLog audit, TimeSource time) {
        this.chain = chain;
        this.audit = audit;
        this.time = time;
    }

    /**
     * Chains every committed unsealed row, in transactions of {@link #BATCH} rows; returns how many. With
     * {@code wait} false it gives way at once to a seal running elsewhere (the other instance).
     */
    public int seal(boolean wait) {
        int total = 0;
        int sealed;
        do {
            sealed = QuarkusTransaction.requiringNew().call(() -> chain.seal(BATCH, wait));
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    /** Seals, then walks the whole chain from its first row. Joins the caller's transaction, if any. */
    public AuditCheck checkAll() {
        seal(true);
        return QuarkusTransaction.joiningExisting().timeout(WALK_TIMEOUT_SECONDS).call(this::walkAll);
    }

    /**
     * Seals, then walks the rows sealed since the last good check; the whole chain when there is none or its row has
     * changed since. While the latest check found a break, that check, without a walk.
     */
    public AuditCheck checkNew() {
        seal(true);
        return QuarkusTransaction.joiningExisting().timeout(WALK_TIMEOUT_SECONDS).call(this::checkNewSealed);
    }

    private AuditCheck checkNewSealed() {
        Optional<AuditCheck> latest = chain.latest();
        if (latest.isPresent() && !latest.get().ok()) {
            return latest.get();
        }
        Optional<AuditCheck> good = chain.latestGood();
        if (good.isEmpty() || good.get().headSeq() == 0) {
            return walkAll();
        }
        Optional<ChainRow> known = chain.at(good.get().headSeq());
        if (known.isEmpty() || !known.get().hash().equals(good.get().headHash())
                || !AuditHash.of(known.get()).equals(known.get().hash())) {
            return walkAll();
        }
        return walk(AuditCheck.Kind.INCREMENTAL, ChainWalk.after(known.get()), known.get().seq());
    }

    /**
     * For the scheduled checks: the whole chain or the new rows, unless a check runs elsewhere (the other instance's
     * at the same time), then nothing.
     */
    public Optional<AuditCheck> checkUnlessRunning(boolean whole) {
        seal(false);
        return QuarkusTransaction.requiringNew().timeout(WALK_TIMEOUT_SECONDS).call(() -> chain.tryCheckLock()
                ? Optional.of(whole ? walkAll() : checkNewSealed()) : Optional.empty());
    }

    /** A check an admin asked for: the whole chain or the new rows, audited as theirs. */
    public AuditCheck checkFor(long staffId, boolean whole) {
        AuditCheck check = whole ? checkAll() : checkNew();
        audit.record(AuditLog.Actor.STAFF, staffId, "AUDIT_CHAIN_CHECKED", "audit", (whole ? "whole log" : "new entries")
                + ": " + (check.ok() ? "intact" : "broken at no. " + check.firstBreak().seq()) + ", "
                + check.rowsChecked() + " checked");
        return check;
    }

    /** The latest check's result, if any has run. */
    public Optional<AuditCheck> latest() {
        return QuarkusTransaction.joiningExisting().call(chain::latest);
    }

    /**
     * A hash for the log, in groups of eight: the log's mask takes eleven digits in a row for a national id, and a
     * head hash logged whole is what someone outside the database can compare later.
     */
    private static String logged(String hash) {
        return hash == null ? null : String.join(":", hash.split("(?<=\\G.{8})"));
    }

    private AuditCheck walkAll() {
        ChainWalk.Checkpoint checkpoint = chain.latestGood().filter(c -> c.headSeq() > 0)
                .map(c -> new ChainWalk.Checkpoint(c.headSeq(), c.headHash())).orElse(null);
        return walk(AuditCheck.Kind.FULL, ChainWalk.fromStart(checkpoint), 0);
    }

    private AuditCheck walk(AuditCheck.Kind kind, ChainWalk walk, long afterSeq) {
        long started = System.nanoTime();
        Instant at = time.now().truncatedTo(ChronoUnit.MICROS);
        long seq = afterSeq;
        boolean going = true;
        while (going) {
            List<ChainRow> rows = chain.after(seq, BATCH);
            for (ChainRow row : rows) {
                if (!walk.feed(row)) {
                    going = false;
                    break;
                }
                seq = row.seq();
            }
            going = going && rows.size() == BATCH;
        }
        AuditCheck.Break broken = walk.finish();
        AuditCheck check = new AuditCheck(at, kind, broken == null, afterSeq + 1, walk.headSeq(),
                walk.headHash(), walk.checked(), broken, (System.nanoTime() - started) / 1_000_000);
        chain.save(check);
        if (broken == null) {
            LOG.infof("Audit chain %s check: OK, %d rows checked, head %d %s", kind, check.rowsChecked(),
                    check.headSeq(), logged(check.headHash()));
        } else {
            LOG.errorf("Audit chain %s check: BROKEN at seq %d (row %s): %s", kind, broken.seq(), broken.rowId(),
                    broken.reason());
        }
        return check;
    }
}
