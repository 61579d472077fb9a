package no.minside.plans.evaluation;

/** The answer to a proposal: approved at once, sent to a case officer, or not possible as asked. */
public enum Decision {
    APPROVED,
    REFERRED,
    REJECTED
}
