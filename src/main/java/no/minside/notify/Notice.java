package no.minside.notify;

/** What a debtor can be told by e-mail (PRODUCT.md, "Notifications"): never an amount, never a national id. */
public enum Notice {
    OBJECTION_DECIDED,
    OBJECTION_MORE_INFO,
    PLAN_DECIDED,
    PLAN_INSTALMENT_DUE,
    PLAN_AT_RISK,
    PLAN_BROKEN
}
