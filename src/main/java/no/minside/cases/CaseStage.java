package no.minside.cases;

/** Where a collection case stands in the inkasso lifecycle (DOMAIN.md, "The case lifecycle"). */
public enum CaseStage {
    COLLECTION_NOTICE,
    PAYMENT_DEMAND,
    LEGAL,
    PAID,
    CANCELLED;

    /** Whether the case is still being collected (not paid and not cancelled). */
    public boolean isOpen() {
        return this != PAID && this != CANCELLED;
    }
}
