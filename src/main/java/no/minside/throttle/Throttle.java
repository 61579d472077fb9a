package no.minside.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed attempts on one key (a case number, a staff username, a client address, an API client address) in the
 * current window, and what they led to: a lock of the key, or a wait before the next attempt. Kept in the database
 * so the limits hold across instances and concurrent attempts.
 */
@Entity
@Table(name = "login_throttle")
public class Throttle {

    @Id
    @Column(name = "login_key")
    public String key;

    public int failures;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How long until the next attempt may be made; zero when one may be made now. */
    public Duration waitBefore(Instant now) {
        return nextAttemptAt == null || !now.isBefore(nextAttemptAt) ? Duration.ZERO
                : Duration.between(now, nextAttemptAt);
    }

    /** Counts one failure in the window that began at the first failure; an older window starts afresh. */
    public int countFailure(Instant now, Duration window) {
        if (windowStart == null || !now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        return failures;
    }

    /** The failures that still count now. */
    public int failuresIn(Instant now, Duration window) {
        return windowStart == null || !now.isBefore(windowStart.plus(window)) ? 0 : failures;
    }

    /** Forgets the failures and any lock: the right secret from the holder's own browser, or an admin. */
    public void clear() {
        failures = 0;
        windowStart = null;
        lockedUntil = null;
        nextAttemptAt = null;
    }
}
