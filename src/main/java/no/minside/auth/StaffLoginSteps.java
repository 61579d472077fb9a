package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import no.minside.common.TimeSource;

import java.time.Instant;
import java.util.Optional;

/**
 * Staff logins halfway (StaffLoginStep): started when the password was right, moved on stage by stage, ended when
 * the session opens, the person cancels, the step times out (minside.two-factor.step-timeout) or an admin ends the
 * account's sessions. The browser holds a random token in a cookie; only its HMAC is stored. Runs inside the caller's
 * transaction.
 */
@ApplicationScoped
public class StaffLoginSteps {

    private final EntityManager em;
    private final TokenHash tokens;
    private final TimeSource time;
    private final TwoFactorConfig config;

    StaffLoginSteps(EntityManager em, TokenHash tokens, TimeSource time, TwoFactorConfig config) {
        this.em = em;
        this.tokens = tokens;
        this.time = time;
        this.config = config;
    }

    /**
     * A new step for the account, in place of any it had (one login halfway per account at a time, so a stale
     * browser tab cannot finish a login the person started again elsewhere); returns the token for the cookie.
     */
    public String start(long staffId, StaffLoginStep.Stage stage, String sealed) {
        Instant now = time.now();
        em.createNativeQuery("delete from staff_login_step where expires_at <= ?1").setParameter(1, now)
                .executeUpdate();
        endAll(staffId);
        String token = tokens.newToken();
        StaffLoginStep step = new StaffLoginStep();
        step.tokenHash = tokens.hash(token);
        step.staffId = staffId;
        step.stage = stage;
        step.sealed = sealed;
        step.createdAt = now;
        step.expiresAt = now.plus(config.stepTimeout());
        em.persist(step);
        return token;
    }

    /** The live step behind the token, locked for the rest of the transaction; empty when unknown or timed out. */
    public Optional<StaffLoginStep> find(String token) {
        if (!TokenHash.isPlausible(token)) {
            return Optional.empty();
        }
        StaffLoginStep step = em.find(StaffLoginStep.class, tokens.hash(token), LockModeType.PESSIMISTIC_WRITE);
        if (step == null || !time.now().isBefore(step.expiresAt)) {
            return Optional.empty();
        }
        return Optional.of(step);
    }

    /** Moves the step on to its next stage, with what that stage shows; the clock starts again. */
    public void advance(StaffLoginStep step, StaffLoginStep.Stage stage, String sealed) {
        step.stage = stage;
        step.sealed = sealed;
        step.expiresAt = time.now().plus(config.stepTimeout());
    }

    public void end(StaffLoginStep step) {
        em.remove(step);
    }

    /** Ends every login halfway of the account. */
    public void endAll(long staffId) {
        em.createNativeQuery("delete from staff_login_step where staff_id = ?1").setParameter(1, staffId)
                .executeUpdate();
    }
}
