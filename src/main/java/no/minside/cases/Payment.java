package no.minside.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment received on a case, matched by KID; its registration time is kept as an acknowledgement of the debt. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    /** The creditor's or bank's own id for the payment: registering it twice registers it once. */
    @Column(name = "external_id")
    public String externalId;

    public BigDecimal amount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    public String kid;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** BOOKED counts in the balance; HELD waits for staff review and counts for nothing until released. */
    @Enumerated(EnumType.STRING)
    public Status status = Status.BOOKED;

    @Column(name = "held_reason")
    public String heldReason;

    /** Whether the payment is in the books. */
    public enum Status { BOOKED, HELD }
}
