package no.minside.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import no.minside.audit.AuditLog;
import no.minside.common.TimeSource;
import no.minside.throttle.Throttle;
import no.minside.throttle.Throttles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Keeps guessing out without locking the holder out (README, "Login protection"):
 * <ul>
 *   <li>a login (case number or staff username) with 5 failures within 15 minutes is locked for 15 minutes, except
 *       for browsers that have logged in to it before, which have 5 tries of their own;</li>
 *   <li>an address with many failures (minside.login.client-delay-after, 30) waits 1 s, 2 s, 4 s … up to 15 minutes
 *       between further attempts instead of being locked out, so a shared mobile-network address stays usable;</li>
 *   <li>the right secret clears the login's failures and remembers the browser; for a staff login that is the second
 *       factor, and a wrong code counts against the same limits as a wrong password.</li>
 * </ul>
 * Counted in the database under row locks, so the limits hold across instances and concurrent attempts; every
 * attempt is audited. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class LoginGuard {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    /** One login attempt: who is tried, from where, with which browser, and the secret against the stored hash. */
    public record Attempt(String loginKey, String client, String deviceToken, String secret, String storedHash,
                          AuditLog.Actor actor, Long actorId) {
    }

    /** The outcome of an attempt; {@code deviceToken} is set on success, {@code wait} for WAIT. */
    public record Outcome(Kind kind, String deviceToken, Duration waitFor) {

        /** As audited. */
        public enum Kind { LOGIN_OK, LOGIN_FAILED, LOGIN_LOCKED, LOGIN_WAIT }

        static Outcome of(Kind kind) {
            return new Outcome(kind, null, Duration.ZERO);
        }
    }

    /** Compared against when the login name is unknown, so both paths cost one bcrypt check and answer alike. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-secret");

    private final Throttles throttles;
    private final KnownDevices devices;
    private final TimeSource time;
    private final AuditLog audit;
    private final LoginConfig config;

    LoginGuard(Throttles throttles, KnownDevices devices, TimeSource time, AuditLog audit, LoginConfig config) {
        this.throttles = throttles;
        this.devices = devices;
        this.time = time;
        this.audit = audit;
        this.config = config;
    }

    /**
     * A login in one step (the debtor's PIN): the right secret logs in. {@code matches} compares the secret with the
     * stored hash (null for an unknown login name, which must cost the same and answer false).
     */
    public Outcome attempt(Attempt attempt, java.util.function.BiPredicate<String, String> matches) {
        return guarded(attempt.loginKey(), attempt.client(), attempt.deviceToken(), attempt.actor(),
                attempt.actorId(), () -> matches.test(attempt.secret(), attempt.storedHash()), true,
                Outcome.Kind.LOGIN_FAILED.name());
    }

    /**
     * The first of two steps (a staff password): the right password neither clears the login's failures nor
     * remembers the browser, since the second factor is still to come. It is audited as LOGIN_PASSWORD_OK.
     */
    public Outcome firstFactor(Attempt attempt) {
        return guarded(attempt.loginKey(), attempt.client(), attempt.deviceToken(), attempt.actor(),
                attempt.actorId(), () -> bcryptMatches(attempt), false, Outcome.Kind.LOGIN_FAILED.name());
    }

    /**
     * The second step (a code from the authenticator app or a recovery code) under the same lockout as the first: a
     * wrong code counts as a wrong password would, a locked login is refused before the code is looked at, and the
     * right code completes the login (failures cleared, the browser remembered). A wrong code is audited as
     * LOGIN_CODE_FAILED.
     */
    public Outcome secondFactor(String loginKey, String client, String deviceToken, long staffId,
                                BooleanSupplier check) {
        return guarded(loginKey, client, deviceToken, AuditLog.Actor.STAFF, staffId, check, true, "LOGIN_CODE_FAILED");
    }

    private Outcome guarded(String loginKey, String client, String deviceToken, AuditLog.Actor actor, Long actorId,
                            BooleanSupplier check, boolean completes, String failedAction) {
        List<Throttle> rows = throttles.lock(loginKey, client);
        Throttle login = rows.get(0);
        Throttle address = rows.get(1);
        Instant now = time.now();
        boolean known = devices.isKnown(deviceToken, loginKey);
        if (!known) {
            Duration wait = address.waitBefore(now);
            if (!wait.isZero()) {
                audit(Outcome.Kind.LOGIN_WAIT.name(), loginKey, client, AuditLog.Actor.ANONYMOUS, null);
                return new Outcome(Outcome.Kind.LOGIN_WAIT, null, wait);
            }
            if (login.isLocked(now)) {
                audit(Outcome.Kind.LOGIN_LOCKED.name(), loginKey, client, AuditLog.Actor.ANONYMOUS, null);
                return Outcome.of(Outcome.Kind.LOGIN_LOCKED);
            }
        }
        if (!check.getAsBoolean()) {
            audit(failedAction, loginKey, client, AuditLog.Actor.ANONYMOUS, null);
            if (known) {
                devices.failed(deviceToken, loginKey);
                return Outcome.of(Outcome.Kind.LOGIN_FAILED);
            }
            if (login.countFailure(now, WINDOW) >= MAX_FAILURES) {
                login.lockedUntil = now.plus(LOCK);
            }
            int fromAddress = address.countFailure(now, WINDOW);
            if (fromAddress >= config.clientDelayAfter()) {
                address.nextAttemptAt = now.plus(delay(fromAddress - config.clientDelayAfter()));
            }
            return Outcome.of(login.isLocked(now) ? Outcome.Kind.LOGIN_LOCKED : Outcome.Kind.LOGIN_FAILED);
        }
        if (!completes) {
            audit("LOGIN_PASSWORD_OK", loginKey, client, actor, actorId);
            return Outcome.of(Outcome.Kind.LOGIN_OK);
        }
        audit(Outcome.Kind.LOGIN_OK.name(), loginKey, client, actor, actorId);
        login.clear();
        return new Outcome(Outcome.Kind.LOGIN_OK, devices.remember(deviceToken, loginKey), Duration.ZERO);
    }

    /** One bcrypt check whether the login name is known or not, so both paths cost the same and answer alike. */
    private static boolean bcryptMatches(Attempt attempt) {
        String secret = attempt.secret() == null ? "" : attempt.secret();
        return BcryptUtil.matches(secret, attempt.storedHash() == null ? DUMMY_HASH : attempt.storedHash())
                && attempt.storedHash() != null;
    }

    /** Lifts a lock from outside a login attempt: a BankID login for the debtor, or an admin for a staff account. */
    public void lift(String loginKey) {
        throttles.lock(loginKey).get(0).clear();
    }

    /** 1 s, 2 s, 4 s … doubling with each failure past the limit, never more than the lock. */
    static Duration delay(int beyond) {
        return beyond >= 20 ? LOCK : Duration.ofSeconds(Math.min(1L << beyond, LOCK.toSeconds()));
    }

    private void audit(String action, String loginKey, String client, AuditLog.Actor actor, Long actorId) {
        audit.record(actor, actorId, action, loginKey, client);
    }
}
