package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the plan surcharge of inkassoforskriften § 2-4 is worked out from: the inkassosats in force today, whether
 * that sats is provisional, and whether 25 % VAT is added (the creditor is not VAT-registered).
 */
public record SurchargeBasis(BigDecimal inkassosats, boolean satsProvisional, boolean addVat) {

    private static final BigDecimal MULTIPLE = new BigDecimal("1.5");
    private static final BigDecimal WITH_VAT = new BigDecimal("1.25");

    public SurchargeBasis {
        inkassosats = Amounts.positive(inkassosats, "inkassosats");
    }

    /** 1.5 × sats, × 1.25 with VAT, rounded HALF_UP to øre once at the end: 750 → 1 125,00 or 1 406,25. */
    public BigDecimal amount() {
        BigDecimal amount = inkassosats.multiply(MULTIPLE);
        if (addVat) {
            amount = amount.multiply(WITH_VAT);
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
