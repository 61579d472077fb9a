package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The balance of a case on {@code asOf}: every charge, every payment's allocation and the totals.
 *
 * <p>{@code paidTotal − overpaid + totalDue} always equals {@link #totalCharged()}, and {@code sum} puts it as the
 * debtor reads it. {@code interestPerDay} is what one more day unpaid adds in late interest at tomorrow's rate.
 */
public record Breakdown(LocalDate asOf, List<ClaimBalance> claims, List<FeeLine> fees, List<InterestLine> interest,
        List<PaymentAllocation> payments, BigDecimal principalOutstanding, BigDecimal interestOutstanding,
        BigDecimal feesOutstanding, BigDecimal paidTotal, BigDecimal overpaid, BigDecimal totalDue,
        NextStep nextStep, List<BalancePoint> history, Sum sum, BigDecimal interestPerDay) {

    /**
     * What is owed as a sum: the principal as invoiced, plus the late interest, plus the fees and salær, less what
     * payments covered, equals what is due now. Overpaid money is not part of it: it is paid back.
     */
    public record Sum(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal paid, BigDecimal due) {

        public Sum {
            if (principal.add(interest).add(fees).subtract(paid).compareTo(due) != 0) {
                throw new IllegalStateException("the sum does not add up: " + principal + " + " + interest + " + "
                        + fees + " − " + paid + " ≠ " + due);
            }
        }
    }

    public Breakdown {
        claims = List.copyOf(claims);
        fees = List.copyOf(fees);
        interest = List.copyOf(interest);
        payments = List.copyOf(payments);
        history = List.copyOf(history);
    }

    /** The sum of a breakdown's charges and payments, checked to add up to what is due. */
    static Sum sumOf(List<ClaimBalance> claims, List<FeeLine> fees, BigDecimal paidTotal, BigDecimal overpaid,
                     BigDecimal totalDue) {
        BigDecimal principal = Money.ZERO;
        BigDecimal interest = Money.ZERO;
        for (ClaimBalance claim : claims) {
            if (!claim.cancelled()) {
                principal = principal.add(claim.principal());
                interest = interest.add(claim.interest());
            }
        }
        BigDecimal charged = Money.ZERO;
        for (FeeLine fee : fees) {
            charged = charged.add(fee.amount());
        }
        return new Sum(principal, interest, charged, paidTotal.subtract(overpaid), totalDue);
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
