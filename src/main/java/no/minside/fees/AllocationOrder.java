package no.minside.fees;

/** The order in which a payment covers a claim's parts; a creditor policy setting (DOMAIN.md, "Payments"). */
public enum AllocationOrder {
    /** Agency practice and the default. */
    COSTS_INTEREST_PRINCIPAL,
    INTEREST_COSTS_PRINCIPAL,
    PRINCIPAL_INTEREST_COSTS
}
