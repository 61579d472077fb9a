package no.minside.plans.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a plan evaluation depends on, as plain values; the answer is a function of these alone.
 *
 * <p>{@code today} is the Norwegian date (the caller applies Europe/Oslo). {@code rates} cover every day from
 * tomorrow on without gaps or overlaps, the last one open-ended; they may start earlier, and may be empty when no
 * principal is owed. {@code allocationOrder} null means the default. {@code budget} is optional, and
 * {@code livingAllowances} is required with it.
 */
public record PlanRequest(LocalDate today, OpeningBalance balance, List<RatePeriod> rates,
        AllocationOrder allocationOrder, CaseSituation situation, PlanPolicy policy, SurchargeBasis surcharge,
        Proposal proposal, Budget budget, LivingAllowances livingAllowances) {

    public PlanRequest {
        Amounts.required(today, "today");
        Amounts.required(balance, "balance");
        Amounts.required(situation, "situation");
        Amounts.required(policy, "policy");
        Amounts.required(surcharge, "surcharge");
        Amounts.required(proposal, "proposal");
        if (allocationOrder == null) {
            allocationOrder = AllocationOrder.COSTS_INTEREST_PRINCIPAL;
        }
        if (budget != null && livingAllowances == null) {
            throw new IllegalArgumentException("livingAllowances are required with a budget");
        }
        rates = checkedRates(rates, today, balance);
        for (PastPlan plan : situation.history()) {
            if (plan.brokenOn() != null && plan.brokenOn().isAfter(today)) {
                throw new IllegalArgumentException("a plan cannot have been broken on " + plan.brokenOn()
                        + ", after today " + today);
            }
        }
    }

    /** The same case and policy with another proposal: how a counter-offer is checked. */
    public PlanRequest withProposal(Proposal other) {
        return new PlanRequest(today, balance, rates, allocationOrder, situation, policy, surcharge, other, budget,
                livingAllowances);
    }

    /** Sorted by start; one gap or overlap would make the interest of those days undefined. */
    private static List<RatePeriod> checkedRates(List<RatePeriod> rates, LocalDate today, OpeningBalance balance) {
        if (rates == null) {
            throw new IllegalArgumentException("rates are required (an empty list when no principal is owed)");
        }
        List<RatePeriod> sorted = new ArrayList<>(rates.size());
        for (RatePeriod rate : rates) {
            if (rate == null) {
                throw new IllegalArgumentException("rates must not contain null");
            }
            sorted.add(rate);
        }
        sorted.sort(Comparator.comparing(RatePeriod::validFrom));
        if (sorted.isEmpty()) {
            if (balance.principalOutstanding().signum() > 0) {
                throw new IllegalArgumentException("rates are required: interest runs on the principal");
            }
            return List.of();
        }
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousEnd = sorted.get(i - 1).validTo();
            LocalDate start = sorted.get(i).validFrom();
            if (previousEnd == null || !previousEnd.plusDays(1).equals(start)) {
                throw new IllegalArgumentException("rate periods must follow each other without gap or overlap: "
                        + sorted.get(i - 1) + " then " + sorted.get(i));
            }
        }
        if (sorted.get(0).validFrom().isAfter(today.plusDays(1))) {
            throw new IllegalArgumentException("no rate for " + today.plusDays(1) + ": the first period starts "
                    + sorted.get(0).validFrom());
        }
        if (sorted.get(sorted.size() - 1).validTo() != null) {
            throw new IllegalArgumentException("the last rate period must be open (validTo null): a plan runs on");
        }
        return List.copyOf(sorted);
    }
}
