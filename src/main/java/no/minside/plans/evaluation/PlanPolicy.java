package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A creditor's payment-plan policy (DOMAIN.md, "Payment plans"): every number can differ per creditor.
 *
 * <p>{@code maximumMonths} is ordered by {@code upTo}, and its last band is open ({@code upTo} null).
 * {@code firstDueWithinDays} bounds the first due date of any plan, {@code deferralWithinDays} the one date of a
 * deferral. {@code policyVersion} is the caller's name for this policy, echoed in every evaluation.
 */
public record PlanPolicy(BigDecimal minimumInstalment, List<MonthsBand> maximumMonths, int firstDueWithinDays,
        int deferralWithinDays, BigDecimal autoApproveCeiling, boolean surchargeWaived, String policyVersion) {

    public PlanPolicy {
        minimumInstalment = Amounts.nonNegative(minimumInstalment, "minimumInstalment");
        autoApproveCeiling = Amounts.nonNegative(autoApproveCeiling, "autoApproveCeiling");
        if (maximumMonths == null || maximumMonths.isEmpty()) {
            throw new IllegalArgumentException("maximumMonths needs at least one band");
        }
        maximumMonths = List.copyOf(maximumMonths);
        for (int i = 0; i < maximumMonths.size(); i++) {
            BigDecimal upTo = maximumMonths.get(i).upTo();
            boolean last = i == maximumMonths.size() - 1;
            if (last != (upTo == null)) {
                throw new IllegalArgumentException("only the last band of maximumMonths is open (upTo null)");
            }
            if (i > 0 && upTo != null && upTo.compareTo(maximumMonths.get(i - 1).upTo()) <= 0) {
                throw new IllegalArgumentException("maximumMonths bands must be in increasing order of upTo");
            }
        }
        if (firstDueWithinDays < 0 || deferralWithinDays < 0) {
            throw new IllegalArgumentException("the first-due and deferral windows must not be negative");
        }
        if (policyVersion == null || policyVersion.isBlank()) {
            throw new IllegalArgumentException("policyVersion is required");
        }
    }

    /** The agency defaults of DOMAIN.md, under the caller's version name. */
    public static PlanPolicy defaults(String policyVersion) {
        return new PlanPolicy(new BigDecimal("300.00"),
                List.of(new MonthsBand(new BigDecimal("2500.00"), 3),
                        new MonthsBand(new BigDecimal("10000.00"), 6),
                        new MonthsBand(new BigDecimal("50000.00"), 12),
                        new MonthsBand(new BigDecimal("250000.00"), 24),
                        new MonthsBand(null, 36)),
                30, 30, new BigDecimal("50000.00"), false, policyVersion);
    }

    /** The longest plan the policy approves without a case officer for a total of {@code t}. */
    public int maximumMonthsFor(BigDecimal t) {
        Amounts.required(t, "t");
        for (MonthsBand band : maximumMonths) {
            if (band.upTo() == null || t.compareTo(band.upTo()) <= 0) {
                return band.months();
            }
        }
        throw new IllegalStateException("the last band is open");
    }

    public PlanPolicy withMinimumInstalment(BigDecimal amount) {
        return new PlanPolicy(amount, maximumMonths, firstDueWithinDays, deferralWithinDays, autoApproveCeiling,
                surchargeWaived, policyVersion);
    }

    public PlanPolicy withAutoApproveCeiling(BigDecimal ceiling) {
        return new PlanPolicy(minimumInstalment, maximumMonths, firstDueWithinDays, deferralWithinDays, ceiling,
                surchargeWaived, policyVersion);
    }

    /** The same bands with other months, one per band in order (a creditor's override of the agency's). */
    public PlanPolicy withMaximumMonths(List<Integer> months) {
        if (months == null || months.size() != maximumMonths.size()) {
            throw new IllegalArgumentException("one number of months per band is needed");
        }
        List<MonthsBand> bands = new java.util.ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            bands.add(new MonthsBand(maximumMonths.get(i).upTo(), months.get(i)));
        }
        return new PlanPolicy(minimumInstalment, bands, firstDueWithinDays, deferralWithinDays, autoApproveCeiling,
                surchargeWaived, policyVersion);
    }

    public PlanPolicy withSurchargeWaived(boolean waived) {
        return new PlanPolicy(minimumInstalment, maximumMonths, firstDueWithinDays, deferralWithinDays,
                autoApproveCeiling, waived, policyVersion);
    }
}
