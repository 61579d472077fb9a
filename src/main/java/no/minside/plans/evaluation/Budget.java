package no.minside.plans.evaluation;

import java.math.BigDecimal;

/** The debtor's own monthly budget, in NOK a month, with the household it has to feed. */
public record Budget(BigDecimal netIncome, BigDecimal housing, int adults, int children0to5, int children6to10,
        int children11to14, int children15plus, BigDecimal otherDebts) {

    /** More people than this in one household is a typo. */
    private static final int MAX_PEOPLE = 50;

    public Budget {
        netIncome = Amounts.nonNegative(netIncome, "netIncome");
        housing = Amounts.nonNegative(housing, "housing");
        otherDebts = Amounts.nonNegative(otherDebts, "otherDebts");
        if (adults < 1) {
            throw new IllegalArgumentException("a household has at least one adult, got " + adults);
        }
        if (children0to5 < 0 || children6to10 < 0 || children11to14 < 0 || children15plus < 0) {
            throw new IllegalArgumentException("numbers of children must not be negative");
        }
        if (adults + children0to5 + children6to10 + children11to14 + children15plus > MAX_PEOPLE) {
            throw new IllegalArgumentException("more than " + MAX_PEOPLE + " people in one household");
        }
    }

    /** Single adult or each adult in a couple, plus each child by age band. */
    public BigDecimal allowance(LivingAllowances allowances) {
        BigDecimal adultsPart = adults == 1
                ? allowances.singleAdult()
                : allowances.adultInCouple().multiply(BigDecimal.valueOf(adults));
        return adultsPart
                .add(allowances.child0to5().multiply(BigDecimal.valueOf(children0to5)))
                .add(allowances.child6to10().multiply(BigDecimal.valueOf(children6to10)))
                .add(allowances.child11to14().multiply(BigDecimal.valueOf(children11to14)))
                .add(allowances.child15plus().multiply(BigDecimal.valueOf(children15plus)));
    }

    /** What is left each month for an instalment; negative when the budget does not cover living costs. */
    public BigDecimal disposable(LivingAllowances allowances) {
        return netIncome.subtract(housing).subtract(allowance(allowances)).subtract(otherDebts);
    }
}
