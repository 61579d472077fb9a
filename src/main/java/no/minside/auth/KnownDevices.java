package no.minside.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import no.minside.common.TimeSource;

import java.time.Instant;

/**
 * Browsers that have logged in to a case number or staff account before. Such a browser may still log in while the
 * case or account is locked by someone else's failures, within a failure budget of its own: a lockout cannot keep
 * the holder out. Only the HMAC of the device token is stored. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class KnownDevices {

    /** Wrong secrets a known browser may send before it is forgotten for that login. */
    static final int MAX_FAILURES = 5;

    private final EntityManager em;
    private final TokenHash tokens;
    private final TimeSource time;

    KnownDevices(EntityManager em, TokenHash tokens, TimeSource time) {
        this.em = em;
        this.tokens = tokens;
        this.time = time;
    }

    /** Whether this browser's device token has logged in to this login before and is within its budget. */
    public boolean isKnown(String deviceToken, String loginKey) {
        if (!TokenHash.isPlausible(deviceToken)) {
            return false;
        }
        Number found = (Number) em.createNativeQuery("select count(*) from known_device where token_hash = ?1 "
                        + "and login_key = ?2 and failures < ?3")
                .setParameter(1, tokens.hash(deviceToken)).setParameter(2, loginKey).setParameter(3, MAX_FAILURES)
                .getSingleResult();
        return found.longValue() > 0;
    }

    /** Remembers a successful login from this browser; returns its device token (a new one if it had none). */
    public String remember(String deviceToken, String loginKey) {
        String token = TokenHash.isPlausible(deviceToken) ? deviceToken : tokens.newToken();
        Instant now = time.now();
        em.createNativeQuery("insert into known_device (token_hash, login_key, failures, created_at, last_used_at) "
                        + "values (?1, ?2, 0, ?3, ?3) on conflict (token_hash, login_key) "
                        + "do update set failures = 0, last_used_at = excluded.last_used_at")
                .setParameter(1, tokens.hash(token)).setParameter(2, loginKey).setParameter(3, now)
                .executeUpdate();
        return token;
    }

    /** Counts a wrong secret from a known browser; at the limit the browser is forgotten for this login. */
    public void failed(String deviceToken, String loginKey) {
        String hash = tokens.hash(deviceToken);
        em.createNativeQuery("update known_device set failures = failures + 1 where token_hash = ?1 and login_key = ?2")
                .setParameter(1, hash).setParameter(2, loginKey).executeUpdate();
        em.createNativeQuery("delete from known_device where token_hash = ?1 and login_key = ?2 and failures >= ?3")
                .setParameter(1, hash).setParameter(2, loginKey).setParameter(3, MAX_FAILURES).executeUpdate();
    }
}
