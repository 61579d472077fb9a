package no.minside.cases;

/** The kinds of cost a case can carry, as stored in {@code cost_line.type}. */
public enum CostLineType {
    COLLECTION_NOTICE_FEE,
    LIGHT_FEE,
    HEAVY_FEE,
    REMINDER_FEE,
    PLAN_SURCHARGE
}
