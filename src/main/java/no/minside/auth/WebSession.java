package no.minside.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A server-side login session; the cookie holds a random token, this row only its HMAC. */
@Entity
@Table(name = "web_session")
public class WebSession {

    /** Who the session belongs to. */
    public enum Kind { DEBTOR, STAFF }

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** For a PIN login: the one case it may see. */
    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "debtor_id")
    public Long debtorId;

    @Column(name = "staff_id")
    public Long staffId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** For a BankID login: where logging out continues at the provider (RP-initiated logout); null otherwise. */
    @Column(name = "provider_logout_url")
    public String providerLogoutUrl;
}
