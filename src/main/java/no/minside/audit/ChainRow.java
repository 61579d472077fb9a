package no.minside.audit;

import java.time.Instant;

/** One sealed row of the audit trail as the chain covers it: its place, what it says and the hashes it was given. */
record ChainRow(long seq, long id, Instant at, String actorType, Long actorId, String action, String target,
                String detail, String prevHash, String hash) {
}
