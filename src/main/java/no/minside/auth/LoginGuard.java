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
 * Locks a login for 15 minutes after 5 failures within 15 minutes (a sliding window over the audited failures), and
 * a client (an address) after more failures than {@code minside.login.client-max-failures} in the same window, so
 * guesses cannot be spread over many case numbers either. Counted in the database under row locks, so the limits
 * hold across instances and concurrent attempts. Every method runs inside the caller's transaction.
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
    private final LoginConfig config;

    LoginGuard(EntityManager em, TimeSource time, AuditLog audit, LoginConfig config) {
        this.em = em;
        this.time = time;
        this.audit = audit;
        this.config = config;
    }

    /** Compared against when the login name is unknown, so both paths cost one bcrypt check and answer alike. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-secret");

    /**
     * One login attempt, start to end: refused while the login or the client is locked; otherwise the secret is
     * checked against the stored bcrypt hash (null when the login name is unknown, which fails the same way, after
     * the same work); the outcome is audited and counted. The actor is who would be logged in.
     *
     * @param client who is trying, e.g. {@code client:203.0.113.7}
     */
    public Outcome attempt(String key, String client, String secret, String storedHash, AuditLog.Actor actor,
                           Long actorId) {
        // Rows are always locked in the same order, so two attempts never wait for each other crosswise.
        boolean keyFirst = key.compareTo(client) <= 0;
        LoginThrottle firstLocked = lock(keyFirst ? key : client);
        LoginThrottle secondLocked = lock(keyFirst ? client : key);
        LoginThrottle login = keyFirst ? firstLocked : secondLocked;
        LoginThrottle source = keyFirst ? secondLocked : firstLocked;
        if (isLocked(login) || isLocked(source)) {
            audit.record(AuditLog.Actor.ANONYMOUS, null, Outcome.LOGIN_LOCKED.name(), key, client);
            return Outcome.LOGIN_LOCKED;
        }
        boolean matches = BcryptUtil.matches(secret == null ? "" : secret,
                storedHash == null ? DUMMY_HASH : storedHash) && storedHash != null;
        if (!matches) {
            audit.record(AuditLog.Actor.ANONYMOUS, null, Outcome.LOGIN_FAILED.name(), key, client);
            countFailures(login, "target", MAX_FAILURES);
            countFailures(source, "detail", config.clientMaxFailures());
            return isLocked(login) || isLocked(source) ? Outcome.LOGIN_LOCKED : Outcome.LOGIN_FAILED;
        }
        audit.record(actor, actorId, Outcome.LOGIN_OK.name(), key, client);
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
     * Counts the failures in the window (audited under this throttle's key as {@code column}); reaching the limit
     * locks it. Refused attempts during a lock are not failures, so a lock ends 15 minutes after it began.
     */
    private void countFailures(LoginThrottle throttle, String column, int limit) {
        Instant now = time.now();
        Instant since = throttle.lockedUntil != null && throttle.lockedUntil.isAfter(now.minus(WINDOW))
                ? throttle.lockedUntil : now.minus(WINDOW);
        long failures = em.createQuery("select count(a) from AuditEntry a where a." + column + " = ?1 "
                        + "and a.action = ?2 and a.at > ?3", Long.class)
                .setParameter(1, throttle.loginKey).setParameter(2, Outcome.LOGIN_FAILED.name())
                .setParameter(3, since).getSingleResult();
        throttle.failures = (int) failures;
        if (failures >= limit) {
            throttle.lockedUntil = now.plus(LOCK);
        }
    }
}
