package no.minside.fees;

import java.math.BigDecimal;

/** A fee worked out from the sats: the base (sats × multiple), its VAT and the amount charged. */
record FeeAmount(InkassoRate sats, BigDecimal multiple, BigDecimal base, BigDecimal vat, BigDecimal amount) {

    private static final BigDecimal WITH_VAT = new BigDecimal("1.25");

    /** Rounds HALF_UP to øre once, after every multiplication, VAT included; the VAT is what lies above the base. */
    static FeeAmount of(InkassoRate sats, BigDecimal multiple, boolean addVat) {
        BigDecimal exact = sats.amount().multiply(multiple);
        BigDecimal base = Money.round(exact);
        BigDecimal amount = addVat ? Money.round(exact.multiply(WITH_VAT)) : base;
        return new FeeAmount(sats, asInTheTable(multiple), base, amount.subtract(base), amount);
    }

    /** 0.60 rather than 0.600, so the multiple reads like the salær table. */
    private static BigDecimal asInTheTable(BigDecimal multiple) {
        BigDecimal stripped = multiple.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
