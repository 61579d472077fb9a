package no.minside.plans;

/** Who asked for an evaluation (table {@code plan_evaluation.channel}). */
public enum EvaluationChannel {
    /** The debtor on Min side. */
    PORTAL,
    /** A channel of the plan-evaluation API (a phone agent's tool, a partner). */
    CHANNEL,
    /** A creditor's own system, for its own case. */
    CREDITOR,
    /** A case officer's counter-offer. */
    OFFICER
}
