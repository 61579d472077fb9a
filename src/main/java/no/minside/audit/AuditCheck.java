package no.minside.audit;

import java.time.Instant;

/**
 * One run of the chain's verifier: whether every row it walked still is what was sealed, and if not, the first break.
 *
 * @param fromSeq     the first row walked (by seq); a check of the new rows starts after the last good check
 * @param headSeq     the last row walked: the chain's length when it is OK
 * @param headHash    that row's hash, where the next check of new rows goes on from (when OK)
 * @param rowsChecked how many rows this run recomputed
 * @param firstBreak  null when OK
 */
public record AuditCheck(Instant checkedAt, Kind kind, boolean ok, long fromSeq, long headSeq, String headHash,
                         long rowsChecked, Break firstBreak, long millis) {

    /** A walk of the whole chain, or of the rows sealed since the last good check. */
    public enum Kind { FULL, INCREMENTAL }

    /** What the verifier found wrong with the chain at a row. */
    public enum Reason {
        /** The row's content is not what its hash was sealed over: changed afterwards. */
        CHANGED,
        /** Numbers in the chain are gone: rows deleted (seq to other). */
        MISSING,
        /** The row was put in afterwards: the row after it was sealed straight after the one before it. */
        INSERTED,
        /** The row is out of place: it was sealed after the row that now follows it. */
        MOVED,
        /** The row was not sealed after the row before it: that row was replaced or rehashed, or one removed. */
        RELINKED,
        /** The last rows are gone: the chain ends before where an earlier check saw it end. */
        TRUNCATED,
        /** The row no longer has the hash an earlier check saw: the chain was recomputed from some row on. */
        REWRITTEN
    }

    /**
     * The first break.
     *
     * @param seq   where in the chain: the row's number (for MISSING and TRUNCATED, the first one missing)
     * @param rowId the row named (its id); null for TRUNCATED
     * @param other MISSING: the last number missing; INSERTED: the row after; MOVED: the row it was sealed after;
     *              RELINKED: the row before; TRUNCATED: where the earlier check saw the chain end
     */
    public record Break(Reason reason, long seq, Long rowId, Long other) {
    }
}
