package no.minside.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import no.minside.audit.AuditLog;
import no.minside.common.TimeSource;

import java.time.Duration;
import java.time.Instant;

/**
 * Locks a login for 15 minutes after 5 failures within 15 minutes (a sliding window over the audited failures).
 * Counted in the database under a row lock, so the limit holds across instances and concurrent attempts. Every
 * method runs inside the caller's transaction.
 */
@ApplicationScoped
public class LoginGuard {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    /** The outcome of one login attempt, as audited. */
    public enum Outcome { LOGIN_OK, LOGIN_FAILED, LOGIN_LOCKED }

    private final EntityManager em;
    private final TimeSource time;
    private final AuditLog audit;

    LoginGuard(EntityManager em, TimeSource time, AuditLog audit) {
        this.em = em;
        this.time = time;
        this.audit = audit;
    }

    /** Compared against when the login name is unknown, so both paths cost one bcrypt check and answer alike. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-secret");

    /**
     * One login attempt, start to end: refused while the key is locked; otherwise the secret is checked against the
     * stored bcrypt hash (null when the login name is unknown, which fails the same way, after the same work); the
     * outcome is audited and counted. The actor is who would be logged in.
     */
    public Outcome attempt(String key, String secret, String storedHash, AuditLog.Actor actor, Long actorId) {
        LoginThrottle throttle = lock(key);
        if (isLocked(throttle)) {
            record(throttle, Outcome.LOGIN_LOCKED, AuditLog.Actor.ANONYMOUS, null);
            return Outcome.LOGIN_LOCKED;
        }
        boolean matches = BcryptUtil.matches(secret == null ? "" : secret,
                storedHash == null ? DUMMY_HASH : storedHash) && storedHash != null;
        if (!matches) {
            record(throttle, Outcome.LOGIN_FAILED, AuditLog.Actor.ANONYMOUS, null);
            return isLocked(throttle) ? Outcome.LOGIN_LOCKED : Outcome.LOGIN_FAILED;
        }
        record(throttle, Outcome.LOGIN_OK, actor, actorId);
        return Outcome.LOGIN_OK;
    }

    /** Takes the lock row for this login key for the rest of the transaction (created on first use). */
    LoginThrottle lock(String key) {
        em.createNativeQuery("insert into login_throttle (login_key, failures) values (?1, 0) on conflict do nothing")
                .setParameter(1, key).executeUpdate();
        return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    boolean isLocked(LoginThrottle throttle) {
        return throttle.lockedUntil != null && time.now().isBefore(throttle.lockedUntil);
    }

    /**
     * Audits the attempt; a failure that makes five within the window locks the key. Refused attempts during a lock
     * are audited but do not count, so the lock ends 15 minutes after it began.
     */
    void record(LoginThrottle throttle, Outcome outcome, AuditLog.Actor actor, Long actorId) {
        audit.record(actor, actorId, outcome.name(), throttle.loginKey, null);
        if (outcome != Outcome.LOGIN_FAILED) {
            return;
        }
        Instant now = time.now();
        Instant since = throttle.lockedUntil != null && throttle.lockedUntil.isAfter(now.minus(WINDOW))
                ? throttle.lockedUntil : now.minus(WINDOW);
        long failures = em.createQuery("select count(a) from AuditEntry a where a.target = ?1 and a.action = ?2 "
                        + "and a.at > ?3", Long.class)
                .setParameter(1, throttle.loginKey).setParameter(2, Outcome.LOGIN_FAILED.name())
                .setParameter(3, since).getSingleResult();
        throttle.failures = (int) failures;
        if (failures >= MAX_FAILURES) {
            throttle.lockedUntil = now.plus(LOCK);
        }
    }
}
