package no.minside.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment plan (or a deferral: one instalment) a debtor accepted or sent to a case officer, with its terms and
 * what became of it. The instalments are {@link PlanInstalment} rows.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String reference;

    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "debtor_id")
    public Long debtorId;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "evaluation_id")
    public Long evaluationId;

    @Column(name = "offer_evaluation_id")
    public Long offerEvaluationId;

    public String kid;

    @Column(name = "first_due_date")
    public LocalDate firstDueDate;

    /** The regular instalment (the first one; the last may be smaller). */
    public BigDecimal instalment;

    public int months;

    public BigDecimal surcharge;

    @Column(name = "total_to_pay")
    public BigDecimal totalToPay;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Payments with a higher id pay the instalments; the balance the plan was worked out from had the others. */
    @Column(name = "payments_after")
    public long paymentsAfter;

    @Column(name = "answer_due_at")
    public Instant answerDueAt;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Version
    public long version;

    /** One instalment: a deferral (betalingsutsettelse). */
    public boolean isDeferral() {
        return months == 1;
    }
}
