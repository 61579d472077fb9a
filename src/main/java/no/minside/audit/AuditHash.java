package no.minside.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of a sealed row, computed here as the database's {@code audit_hash()} computes it when it seals (V16):
 * SHA-256 over {@code audit-v1} and each field as {@code <length in UTF-8 bytes>:<value>} ({@code -} for null) in the
 * order prev_hash, seq, id, at (UTC, microseconds), actor_type, actor_id, action, target, detail. The length prefix
 * makes the text unambiguous whatever a value contains. Two implementations on purpose: the verifier does not trust
 * the code that sealed.
 */
final class AuditHash {

    /** The prev_hash of the first row. */
    static final String GENESIS = "0".repeat(64);

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(AuditHash::sha256);

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    static String of(ChainRow row) {
        return of(row.prevHash(), row.seq(), row.id(), row.at(), row.actorType(), row.actorId(), row.action(),
                row.target(), row.detail());
    }

    static String of(String prevHash, long seq, long id, Instant at, String actorType, Long actorId, String action,
                     String target, String detail) {
        StringBuilder text = new StringBuilder(160).append("audit-v1");
        field(text, prevHash);
        field(text, Long.toString(seq));
        field(text, Long.toString(id));
        field(text, AT.format(at));
        field(text, actorType);
        field(text, actorId == null ? null : actorId.toString());
        field(text, action);
        field(text, target);
        field(text, detail);
        return HexFormat.of().formatHex(SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
