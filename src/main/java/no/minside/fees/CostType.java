package no.minside.fees;

/** The kinds of collection cost a debtor can be charged, each with the legal basis shown next to it. */
public enum CostType {

    /** One per case, 1/20 of the inkassosats on the day the notice is sent. */
    COLLECTION_NOTICE_FEE("inkassoloven § 9 / inkassoforskriften § 1-2 annet ledd"),
    /** The agency's salær once the payment demand's deadline has passed unpaid. */
    LIGHT_FEE("inkassoloven § 17 / inkassoforskriften § 2-2"),
    /** Twice the lett salær once the payment demand's deadline is overrun by more than 28 days. */
    HEAVY_FEE("inkassoloven § 17 / inkassoforskriften §§ 2-2 og 2-3"),
    /** The creditor's own reminder fee, carried into the case as it was charged. */
    REMINDER_FEE("inkassoforskriften § 1-2 første ledd"),
    /**
     * The surcharge for a payment plan of more than four instalments, once per case: the amount the debtor was told
     * before accepting, recorded with the plan (it does not follow a later sats).
     */
    PLAN_SURCHARGE("inkassoforskriften § 2-4");

    private final String legalBasis;

    CostType(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    /** The statute and regulation the charge rests on, shown to the debtor as is (Norwegian citation, lang nb). */
    public String legalBasis() {
        return legalBasis;
    }

    boolean isSalaer() {
        return this == LIGHT_FEE || this == HEAVY_FEE;
    }
}
