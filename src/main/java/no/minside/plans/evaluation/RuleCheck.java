package no.minside.plans.evaluation;

import java.util.Objects;

/** One rule as it was checked, with the reason in plain bokmål and English whether it passed or not. */
public record RuleCheck(String rule, boolean passed, String reasonNb, String reasonEn) {

    public RuleCheck {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reasonNb, "reasonNb");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }
}
