package no.minside.audit;

import java.util.Objects;

/**
 * Walks sealed rows in seq order, recomputing each hash and checking each link, and stops at the first break. Rows
 * are looked at one behind what has been fed: telling a moved row from a relinked one needs the row after it.
 */
final class ChainWalk {

    /** What a good check saw: the chain had this row with this hash. */
    record Checkpoint(long seq, String hash) {
    }

    private final Checkpoint checkpoint;
    private long expectedSeq;
    private String expectedPrev;
    private String hashBeforePrev;
    private Long prevId;
    private ChainRow pending;
    private long checked;
    private AuditCheck.Break broken;

    private ChainWalk(long expectedSeq, String expectedPrev, String hashBeforePrev, Long prevId,
                      Checkpoint checkpoint) {
        this.expectedSeq = expectedSeq;
        this.expectedPrev = expectedPrev;
        this.hashBeforePrev = hashBeforePrev;
        this.prevId = prevId;
        this.checkpoint = checkpoint;
    }

    /** From the first row; {@code checkpoint} (null for none) is compared with where the walk passes it. */
    static ChainWalk fromStart(Checkpoint checkpoint) {
        return new ChainWalk(1, AuditHash.GENESIS, null, null, checkpoint);
    }

    /** Onwards from a row already known good (a checkpoint's), the rows after it. */
    static ChainWalk after(ChainRow known) {
        return new ChainWalk(known.seq() + 1, known.hash(), known.prevHash(), known.id(), null);
    }

    /** Takes the next row; false once a break is found (feed no more). */
    boolean feed(ChainRow row) {
        if (broken != null) {
            return false;
        }
        if (pending != null) {
            broken = examine(pending, row);
        }
        pending = row;
        return broken == null;
    }

    /** Looks at the last row fed; the first break, or null when every row fed is good. */
    AuditCheck.Break finish() {
        if (broken == null && pending != null) {
            broken = examine(pending, null);
            pending = null;
        }
        if (broken == null && checkpoint != null && expectedSeq - 1 < checkpoint.seq()) {
            broken = new AuditCheck.Break(AuditCheck.Reason.TRUNCATED, expectedSeq, null, checkpoint.seq());
        }
        return broken;
    }

    long checked() {
        return checked;
    }

    /** The last good row's seq (0 before the first). */
    long headSeq() {
        return expectedSeq - 1;
    }

    String headHash() {
        return expectedPrev;
    }

    private AuditCheck.Break examine(ChainRow row, ChainRow next) {
        if (row.seq() != expectedSeq) {
            return new AuditCheck.Break(AuditCheck.Reason.MISSING, expectedSeq, row.id(), row.seq() - 1);
        }
        if (!expectedPrev.equals(row.prevHash())) {
            if (hashBeforePrev != null && hashBeforePrev.equals(row.prevHash())) {
                return new AuditCheck.Break(AuditCheck.Reason.INSERTED, expectedSeq - 1, prevId, row.id());
            }
            if (next != null && Objects.equals(next.hash(), row.prevHash())) {
                return new AuditCheck.Break(AuditCheck.Reason.MOVED, row.seq(), row.id(), next.id());
            }
            return new AuditCheck.Break(AuditCheck.Reason.RELINKED, row.seq(), row.id(), prevId);
        }
        if (!AuditHash.of(row).equals(row.hash())) {
            return new AuditCheck.Break(AuditCheck.Reason.CHANGED, row.seq(), row.id(), null);
        }
        if (checkpoint != null && row.seq() == checkpoint.seq() && !checkpoint.hash().equals(row.hash())) {
            return new AuditCheck.Break(AuditCheck.Reason.REWRITTEN, row.seq(), row.id(), null);
        }
        hashBeforePrev = expectedPrev;
        expectedPrev = row.hash();
        prevId = row.id();
        expectedSeq++;
        checked++;
        return null;
    }
}
