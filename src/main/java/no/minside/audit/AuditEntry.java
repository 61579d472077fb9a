package no.minside.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail: who did or saw what, and when. Never a national id or a PIN. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    @Column(name = "actor_type")
    public String actorType;

    @Column(name = "actor_id")
    public Long actorId;

    public String action;
    public String target;
    public String detail;
}
