package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to one proposal: the decision, every rule checked, the schedule and its totals.
 *
 * <p>{@code totalBeforePlan} is T of DOMAIN.md: costs + interest + principal today, plus the surcharge when it
 * applies. For a schedule that clears, {@code totalToPay == totalBeforePlan + projectedInterest} and equals the sum
 * of the instalments. A monthly amount too small to clear the debt within {@value Proposal#MAX_MONTHS} months gets
 * no schedule ({@link #clears()} is false, {@code months} 0, totals 0,00) and is rejected. {@code disposableIncome}
 * is null without a budget and negative when the budget does not cover living costs. {@code counterOffer} is set
 * only when the proposal is not approved and an approvable plan exists.
 */
public record PlanEvaluation(Decision decision, List<RuleCheck> checks, List<Instalment> schedule,
        BigDecimal regularInstalment, int months, BigDecimal totalToPay, BigDecimal projectedInterest,
        BigDecimal surcharge, boolean surchargeProvisional, BigDecimal totalBeforePlan, int maximumMonths,
        boolean deferral, BigDecimal disposableIncome, CounterOffer counterOffer, String policyVersion) {

    public PlanEvaluation {
        checks = List.copyOf(checks);
        schedule = List.copyOf(schedule);
    }

    /** Whether the proposal pays the debt off within the longest possible plan. */
    public boolean clears() {
        return !schedule.isEmpty();
    }

    /** The checks of rules that failed, in report order. */
    public List<RuleCheck> failedChecks() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }
}
