package no.minside.plans.staff;

import no.minside.common.FormRule;
import no.minside.plans.PlanInput;
import no.minside.plans.evaluation.Proposal;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;

import static no.minside.plans.PlanInput.isBlank;

/**
 * A case officer's decision on a referred plan, as posted: approve, reject or make a counter-offer (a monthly
 * amount or months, and a first due date), always with a reason, and the version of the plan the officer saw.
 */
public record DecisionForm(
        @RestForm String decision,
        @RestForm String reason,
        @RestForm String monthlyAmount,
        @RestForm String months,
        @RestForm String firstDueDate,
        @RestForm String version) {

    /** What an officer can decide. */
    public enum Decision { APPROVE, REJECT, COUNTER_OFFER }

    static final int MAX_REASON = 2000;

    public static DecisionForm empty(long version) {
        return new DecisionForm(null, null, null, null, null, Long.toString(version));
    }

    /** What was typed, at another version: the form shown again after the plan changed under it. */
    DecisionForm atVersion(long seen) {
        return new DecisionForm(decision, reason, monthlyAmount, months, firstDueDate, Long.toString(seen));
    }

    static FormRule<DecisionForm> rules(LocalDate today) {
        return (form, found) -> {
            Decision decision = form.chosen();
            if (decision == null) {
                found.add("decision", "error_decision_required");
            }
            if (isBlank(form.reason())) {
                found.add("reason", "error_reason_required");
            } else if (form.reason().length() > MAX_REASON) {
                found.add("reason", "error_reason_too_long");
            }
            if (decision == Decision.COUNTER_OFFER) {
                boolean amount = !isBlank(form.monthlyAmount());
                boolean monthsGiven = !isBlank(form.months());
                if (amount == monthsGiven) {
                    found.add("months", "error_counter_amount_or_months");
                } else if (amount && PlanInput.amount(form.monthlyAmount()).filter(a -> a.signum() > 0).isEmpty()) {
                    found.add("monthlyAmount", "error_amount_invalid");
                } else if (monthsGiven && PlanInput.count(form.months(), 1, Proposal.MAX_MONTHS).isEmpty()) {
                    found.add("months", "error_months_invalid");
                }
                var date = PlanInput.date(form.firstDueDate());
                if (date.isEmpty()) {
                    found.add("firstDueDate", "error_date_invalid");
                } else if (date.get().isBefore(today) || date.get().isAfter(today.plusYears(1))) {
                    found.add("firstDueDate", "error_date_far");
                }
            }
        };
    }

    /** The decision chosen, or null. */
    public Decision chosen() {
        if (decision == null) {
            return null;
        }
        for (Decision d : Decision.values()) {
            if (d.name().equals(decision)) {
                return d;
            }
        }
        return null;
    }

    /** The version the officer saw, or -1 when the form does not say. */
    long seenVersion() {
        return version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
    }

    Proposal proposal() {
        LocalDate first = PlanInput.date(firstDueDate).orElseThrow();
        return isBlank(monthlyAmount)
                ? Proposal.ofMonths(PlanInput.count(months, 1, Proposal.MAX_MONTHS).orElseThrow(), first)
                : Proposal.ofMonthlyAmount(PlanInput.amount(monthlyAmount).orElseThrow(), first);
    }
}
