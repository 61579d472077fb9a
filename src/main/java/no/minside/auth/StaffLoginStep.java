package no.minside.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A staff login halfway: the password was right, and what still has to come before a session opens. Not a session:
 * nothing but the login's own next page reads it. The browser holds a random token, this row its HMAC.
 */
@Entity
@Table(name = "staff_login_step")
public class StaffLoginStep {

    /** What the login waits for. */
    public enum Stage {
        /** The code from the authenticator app, or a recovery code. */
        CODE,
        /** A first authenticator: scan the secret, confirm with a code. */
        ENROL,
        /** The new recovery codes, shown once, to be taken care of. */
        RECOVERY,
        /** The staff member's own password, replacing the one an admin issued. */
        PASSWORD
    }

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "staff_id")
    public Long staffId;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    /** ENROL: the secret being set up; RECOVERY: the recovery codes to show. Sealed. */
    public String sealed;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
