package no.minside.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * A place in the trail for keyset paging on (at, id): {@code <epoch microseconds>_<id>}. PostgreSQL keeps
 * microseconds, so the cursor names a row exactly, ties on the same instant broken by the id.
 */
record AuditCursor(Instant at, long id) {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    static AuditCursor of(AuditRow row) {
        return new AuditCursor(row.at(), row.id());
    }

    /** The cursor in a link; one that is not of this form (edited by hand) is no cursor: the newest page. */
    static Optional<AuditCursor> parse(String token) {
        if (token == null || !token.matches("-?[0-9]{1,18}_[0-9]{1,18}")) {
            return Optional.empty();
        }
        String[] parts = token.split("_");
        long micros = Long.parseLong(parts[0]);
        Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000L);
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            return Optional.empty();
        }
        return Optional.of(new AuditCursor(at, Long.parseLong(parts[1])));
    }

    String token() {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
        return micros + "_" + id;
    }
}
