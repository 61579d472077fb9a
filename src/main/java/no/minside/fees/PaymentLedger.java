package no.minside.fees;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one payment has covered so far while {@link CaseTimeline} allocates it (and, later, its surplus). */
final class PaymentLedger {

    /** The parts of a claim a payment can go to; the creditor's allocation order ranks them. */
    enum Part {
        COSTS,
        INTEREST,
        PRINCIPAL
    }

    private final PaymentFacts payment;
    /** Per claim (null key: the case-level notice fee), indexed by {@link Part#ordinal()}. */
    private final Map<Long, BigDecimal[]> shares = new HashMap<>();
    private final BigDecimal[] totals = zeros();
    private BigDecimal overpaid = Money.ZERO;

    PaymentLedger(PaymentFacts payment) {
        this.payment = payment;
    }

    void add(Long claimId, Part part, BigDecimal amount) {
        BigDecimal[] share = shares.computeIfAbsent(claimId, id -> zeros());
        share[part.ordinal()] = share[part.ordinal()].add(amount);
        totals[part.ordinal()] = totals[part.ordinal()].add(amount);
    }

    PaymentFacts payment() {
        return payment;
    }

    BigDecimal overpaid() {
        return overpaid;
    }

    void overpaid(BigDecimal surplus) {
        overpaid = surplus;
    }

    /** The allocation, with shares listed in {@code claimOrder} (null first for the case-level fee). */
    PaymentAllocation toAllocation(List<Long> claimOrder) {
        List<PaymentAllocation.Share> list = new ArrayList<>();
        for (Long claimId : claimOrder) {
            BigDecimal[] share = shares.get(claimId);
            if (share != null) {
                list.add(new PaymentAllocation.Share(claimId, share[Part.COSTS.ordinal()],
                        share[Part.INTEREST.ordinal()], share[Part.PRINCIPAL.ordinal()]));
            }
        }
        return new PaymentAllocation(payment.id(), payment.paidOn(), payment.amount(), totals[Part.COSTS.ordinal()],
                totals[Part.INTEREST.ordinal()], totals[Part.PRINCIPAL.ordinal()], overpaid, list);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {Money.ZERO, Money.ZERO, Money.ZERO};
    }
}
