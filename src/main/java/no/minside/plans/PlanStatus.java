package no.minside.plans;

/** Where a payment plan stands (table {@code payment_plan.status}). */
public enum PlanStatus {
    /** Sent to a case officer: not in force, the case is not paused. */
    REFERRED,
    /** A case officer's counter-offer, waiting for the debtor to accept it. */
    OFFERED,
    /** In force: the case is paused from the plan's start, and payments settle its instalments. */
    ACTIVE,
    /** Every krone paid. */
    COMPLETED,
    /** An instalment was left unpaid too long; collection resumed. */
    BROKEN,
    /** A case officer said no. */
    REJECTED,
    /** A counter-offer not accepted by its first due date. */
    LAPSED;

    /** Still in force or under consideration: at most one such plan per case. */
    public boolean isOpen() {
        return this == REFERRED || this == OFFERED || this == ACTIVE;
    }

    /** Was an agreement at some time: counts in the debtor's history for later evaluations. */
    public boolean wasAgreed() {
        return this == ACTIVE || this == COMPLETED || this == BROKEN;
    }
}
