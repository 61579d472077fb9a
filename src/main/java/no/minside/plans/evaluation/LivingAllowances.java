package no.minside.plans.evaluation;

import java.math.BigDecimal;

/**
 * The monthly living allowances (livsoppholdssatser) a budget is judged by; the caller passes the figures in force
 * and whether they are provisional.
 */
public record LivingAllowances(BigDecimal singleAdult, BigDecimal adultInCouple, BigDecimal child0to5,
        BigDecimal child6to10, BigDecimal child11to14, BigDecimal child15plus, boolean provisional) {

    public LivingAllowances {
        singleAdult = Amounts.nonNegative(singleAdult, "singleAdult");
        adultInCouple = Amounts.nonNegative(adultInCouple, "adultInCouple");
        child0to5 = Amounts.nonNegative(child0to5, "child0to5");
        child6to10 = Amounts.nonNegative(child6to10, "child6to10");
        child11to14 = Amounts.nonNegative(child11to14, "child11to14");
        child15plus = Amounts.nonNegative(child15plus, "child15plus");
    }
}
