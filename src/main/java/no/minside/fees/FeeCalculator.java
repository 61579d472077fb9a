package no.minside.fees;

import java.math.BigDecimal;

/** The fee formulas of inkassoforskriften § 1-2 and chapter 2 for one case's debtor and creditor. */
final class FeeCalculator {

    /** § 1-2: the collection notice fee is one twentieth of the sats. */
    private static final BigDecimal NOTICE_FEE_MULTIPLE = new BigDecimal("0.05");
    private static final BigDecimal HEAVY_FACTOR = new BigDecimal("2");
    private static final BigDecimal BUSINESS_FACTOR = new BigDecimal("1.5");

    private final boolean business;
    private final boolean addVat;

    FeeCalculator(DebtorKind debtorKind, CreditorPolicy policy) {
        this.business = debtorKind == DebtorKind.BUSINESS;
        this.addVat = !policy.vatRegistered();
    }

    /**
     * The collection notice fee, at the sats on the day the notice is sent. Neither the business factor nor VAT
     * applies: both are rules for salær (chapter 2), and this is a fixed fee under § 1-2.
     */
    static FeeAmount collectionNoticeFee(InkassoRate sats) {
        return FeeAmount.of(sats, NOTICE_FEE_MULTIPLE, false);
    }

    /** Lett or tungt (2 × lett) salær for the band; a business pays 1.5 times; VAT unless the creditor deducts it. */
    FeeAmount salaer(FeeBand band, CostType type, InkassoRate sats) {
        BigDecimal multiple = band.lightMultiple();
        if (type == CostType.HEAVY_FEE) {
            multiple = multiple.multiply(HEAVY_FACTOR);
        }
        if (business) {
            multiple = multiple.multiply(BUSINESS_FACTOR);
        }
        return FeeAmount.of(sats, multiple, addVat);
    }
}
