package no.minside.debtors;

import no.minside.fees.DebtorKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The person or business that owes the money. The national id never leaves this entity unmasked but to its owner. */
@Entity
@Table(name = "debtor")
public class Debtor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public DebtorKind kind;

    @Column(name = "national_id")
    public String nationalId;

    @Column(name = "organisation_number")
    public String organisationNumber;

    public String name;
    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;
    public String email;
    public String phone;
    public String language = "nb";

    @Column(name = "notify_by_email")
    public boolean notifyByEmail = true;

    @Column(name = "notify_by_sms")
    public boolean notifyBySms;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public String toString() {
        // Never the national id: entities end up in log lines.
        return "Debtor[id=" + id + ", kind=" + kind + "]";
    }
}
