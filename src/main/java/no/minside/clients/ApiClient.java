package no.minside.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A system that calls the APIs with its own key and is not a creditor: the print service, or a channel. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    /** What the key may do. */
    public enum Kind {
        /** The agency's print service: reads the letters waiting to be printed, with their PINs. */
        PRINT,
        /** A channel of the plan-evaluation API (a phone agent's tool, a partner). */
        CHANNEL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Optimistic lock: the admin's page carries it, so a change made meanwhile is not overwritten unseen. */
    @Version
    public long version;
}
