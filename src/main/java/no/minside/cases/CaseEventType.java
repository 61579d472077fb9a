package no.minside.cases;

/** What happened on a case, as stored in {@code case_event.type}. */
public enum CaseEventType {
    CASE_OPENED,
    COLLECTION_NOTICE_SENT,
    PAYMENT_DEMAND_SENT,
    FEE_ADDED,
    PAYMENT_RECEIVED,
    LEGAL_STEP,
    PAID,
    CANCELLED,
    OBJECTION_OPENED,
    OBJECTION_DECIDED,
    PLAN_STARTED,
    PLAN_BROKEN,
    PLAN_COMPLETED
}
