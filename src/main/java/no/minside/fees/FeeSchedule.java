package no.minside.fees;


import java.math.BigDecimal;

/** The fee formulas for others to quote (the public rates page): the same code the engine charges with. */
public final class FeeSchedule {

    private FeeSchedule() {
    }

    /** The collection notice fee at this sats. */
    public static BigDecimal collectionNoticeFee(InkassoRate sats) {
        return FeeCalculator.collectionNoticeFee(sats).amount();
    }

    /** Lett or tungt salær for a band, for this kind of debtor, with VAT when the creditor is not VAT-registered. */
    public static BigDecimal salaer(FeeBand band, CostType type, DebtorKind debtorKind, boolean creditorVatRegistered,
                                    InkassoRate sats) {
        return new FeeCalculator(debtorKind, new CreditorPolicy(creditorVatRegistered, null))
                .salaer(band, type, sats).amount();
    }
}
