package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The balance of a case on {@code asOf}: every charge, every payment's allocation and the totals.
 *
 * <p>{@code paidTotal − overpaid + totalDue} always equals {@link #totalCharged()}.
 */
public record Breakdown(LocalDate asOf, List<ClaimBalance> claims, List<FeeLine> fees, List<InterestLine> interest,
        List<PaymentAllocation> payments, BigDecimal principalOutstanding, BigDecimal interestOutstanding,
        BigDecimal feesOutstanding, BigDecimal paidTotal, BigDecimal overpaid, BigDecimal totalDue,
        NextStep nextStep, List<BalancePoint> history) {

    public Breakdown {
        claims = List.copyOf(claims);
        fees = List.copyOf(fees);
        interest = List.copyOf(interest);
        payments = List.copyOf(payments);
        history = List.copyOf(history);
    }

    /** The late interest charged on the claims that are not cancelled: the sum of every interest line. */
    public BigDecimal interestCharged() {
        BigDecimal total = Money.ZERO;
        for (ClaimBalance claim : claims) {
            if (!claim.cancelled()) {
                total = total.add(claim.interest());
            }
        }
        return total;
    }

    /** Everything charged: principal and interest of the claims that are not cancelled, and every fee line. */
    public BigDecimal totalCharged() {
        BigDecimal total = Money.ZERO;
        for (ClaimBalance claim : claims) {
            if (!claim.cancelled()) {
                total = total.add(claim.principal()).add(claim.interest());
            }
        }
        for (FeeLine fee : fees) {
            total = total.add(fee.amount());
        }
        return total;
    }
}
