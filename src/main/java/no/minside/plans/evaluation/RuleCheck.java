package no.minside.plans.evaluation;


/** One rule as it was checked, with the reason in plain bokmål and English whether it passed or not. */
public record RuleCheck(String rule, boolean passed, String reasonNb, String reasonEn) {

    public RuleCheck {
        Amounts.required(rule, "rule");
        Amounts.required(reasonNb, "reasonNb");
        Amounts.required(reasonEn, "reasonEn");
    }
}
