package no.minside.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An unpaid invoice in a case; its principal is the amount at the due date. */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "invoice_number")
    public String invoiceNumber;

    public String description;
    public BigDecimal principal;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "reminder_fee")
    public BigDecimal reminderFee = BigDecimal.ZERO.setScale(2);

    /** Set when an upheld objection cancels the claim (no collection costs on it, inkassoloven § 17). */
    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;
}
