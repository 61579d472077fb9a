package no.minside.plans.evaluation;

import java.math.BigDecimal;

/** What the debtor owes today, before any plan surcharge: its sum is T without the surcharge. */
public record OpeningBalance(BigDecimal costsOutstanding, BigDecimal interestOutstanding,
        BigDecimal principalOutstanding) {

    public OpeningBalance {
        costsOutstanding = Amounts.nonNegative(costsOutstanding, "costsOutstanding");
        interestOutstanding = Amounts.nonNegative(interestOutstanding, "interestOutstanding");
        principalOutstanding = Amounts.nonNegative(principalOutstanding, "principalOutstanding");
        if (costsOutstanding.add(interestOutstanding).add(principalOutstanding).signum() == 0) {
            throw new IllegalArgumentException("nothing is owed: a plan needs a balance above 0");
        }
    }

    public BigDecimal total() {
        return costsOutstanding.add(interestOutstanding).add(principalOutstanding);
    }
}
