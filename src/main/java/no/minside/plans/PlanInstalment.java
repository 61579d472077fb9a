package no.minside.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One instalment of a plan: as scheduled, and what payments have covered of it. */
@Entity
@Table(name = "plan_instalment")
public class PlanInstalment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id")
    public Long planId;

    public int number;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public BigDecimal amount;

    @Column(name = "to_costs")
    public BigDecimal toCosts;

    @Column(name = "to_interest")
    public BigDecimal toInterest;

    @Column(name = "to_principal")
    public BigDecimal toPrincipal;

    @Column(name = "paid_amount")
    public BigDecimal paidAmount = BigDecimal.ZERO.setScale(2);

    /** The day the payment that covered it in full was made; null while anything is left. */
    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "warned_at")
    public Instant warnedAt;

    public BigDecimal left() {
        return amount.subtract(paidAmount);
    }

    public boolean isPaid() {
        return paidOn != null;
    }
}
