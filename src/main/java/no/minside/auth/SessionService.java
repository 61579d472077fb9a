package no.minside.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import no.minside.common.TimeSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts, resumes and ends server-side sessions. Ending one deletes nothing a replayed cookie could use: the row is
 * marked ended, so the same token finds no live session.
 */
@ApplicationScoped
public class SessionService {

    /** How often a live session's idle clock is written back. */
    static final Duration TOUCH_INTERVAL = Duration.ofSeconds(10);

    private final EntityManager em;
    private final SessionConfig config;
    private final TimeSource time;
    private final TokenHash tokens;

    SessionService(EntityManager em, SessionConfig config, TimeSource time, TokenHash tokens) {
        this.em = em;
        this.config = config;
        this.time = time;
        this.tokens = tokens;
    }

    /** A new session for a debtor logged in with a case's PIN; returns the token for the cookie. */
    @Transactional
    public String startDebtorSession(long debtorId, Long caseId) {
        WebSession session = newSession(WebSession.Kind.DEBTOR);
        session.debtorId = debtorId;
        session.caseId = caseId;
        return persist(session);
    }

    /**
     * A new identity session after a BankID login: it sees every case of the debtor. {@code providerLogoutUrl} is
     * where logout continues at the provider, or null when the provider offers none.
     */
    @Transactional
    public String startIdentitySession(long debtorId, String providerLogoutUrl) {
        WebSession session = newSession(WebSession.Kind.DEBTOR);
        session.debtorId = debtorId;
        session.providerLogoutUrl = providerLogoutUrl;
        return persist(session);
    }

    @Transactional
    public String startStaffSession(long staffId) {
        WebSession session = newSession(WebSession.Kind.STAFF);
        session.staffId = staffId;
        return persist(session);
    }

    /**
     * The live session behind a token, its idle clock reset; empty when unknown, ended, idle too long or past its
     * absolute lifetime.
     *
     * <p>Every page view starts here, so the lookup reads without a transaction of its own (one statement in
     * autocommit, no BEGIN and COMMIT, nothing to flush: issue 12). The idle clock, written at most every
     * {@link #TOUCH_INTERVAL}, is written in the caller's transaction or, for a page's lookup, in a short one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WebSession> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        WebSession session = em.find(WebSession.class, tokens.hash(token), LockModeType.NONE);
        Instant now = time.now();
        if (session == null || session.endedAt != null || !now.isBefore(session.expiresAt)
                || !now.isBefore(session.lastSeenAt.plus(config.idleTimeout()))) {
            return Optional.empty();
        }
        // Writing on every request would cost a commit per page view; a few seconds' slack in the idle clock does not.
        if (!now.isBefore(session.lastSeenAt.plus(TOUCH_INTERVAL))) {
            session.lastSeenAt = now;
            if (!QuarkusTransaction.isActive()) {
                QuarkusTransaction.requiringNew().run(() -> em.merge(session));
            }
        }
        return Optional.of(session);
    }

    /** "Stay logged in": restarts the idle clock of a live session now, whenever it was last written. */
    @Transactional
    public void touch(String token) {
        resume(token).ifPresent(session -> session.lastSeenAt = time.now());
    }

    /**
     * Ends the session behind the token, if any, and says where logging out continues at the identity provider: the
     * RP-initiated logout URL of a live BankID session, empty for any other session (or none).
     */
    @Transactional
    public Optional<String> end(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        WebSession session = em.find(WebSession.class, tokens.hash(token));
        if (session != null && session.endedAt == null) {
            session.endedAt = time.now();
            return Optional.ofNullable(session.providerLogoutUrl);
        }
        return Optional.empty();
    }

    /** When the session behind this token runs out if left idle. */
    public Instant idleDeadline(WebSession session) {
        Instant idle = session.lastSeenAt.plus(config.idleTimeout());
        return idle.isBefore(session.expiresAt) ? idle : session.expiresAt;
    }

    private WebSession newSession(WebSession.Kind kind) {
        Instant now = time.now();
        WebSession session = new WebSession();
        session.kind = kind;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.absoluteLifetime());
        return session;
    }

    private String persist(WebSession session) {
        String token = tokens.newToken();
        session.tokenHash = tokens.hash(token);
        em.persist(session);
        return token;
    }
}
