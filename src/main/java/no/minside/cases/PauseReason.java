package no.minside.cases;

/** Why a case is paused (DOMAIN.md, "The case lifecycle"): no stage moves and no new cost while either holds. */
public enum PauseReason {
    /** An open objection: the claim may not be pursued while it is disputed. */
    OBJECTION,
    /** An active payment plan. */
    PAYMENT_PLAN
}
