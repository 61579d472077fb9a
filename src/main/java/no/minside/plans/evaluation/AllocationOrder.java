package no.minside.plans.evaluation;

/**
 * The order in which each instalment covers costs, interest and principal; the edge maps the creditor's setting.
 */
public enum AllocationOrder {
    /** Agency practice and the default (DOMAIN.md, "Payments"). */
    COSTS_INTEREST_PRINCIPAL,
    INTEREST_COSTS_PRINCIPAL,
    PRINCIPAL_INTEREST_COSTS
}
