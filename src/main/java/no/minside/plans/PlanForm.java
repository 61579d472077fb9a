package no.minside.plans;

import no.minside.common.FormRule;
import no.minside.plans.evaluation.Budget;
import no.minside.plans.evaluation.Proposal;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.time.LocalDate;

import static no.minside.plans.PlanInput.isBlank;

/**
 * The debtor's proposal as posted, kept as typed so that a page with errors shows it back unchanged: a monthly
 * amount or a number of months, the first due date and, optionally, a budget. Field names are PRODUCT.md's.
 */
public record PlanForm(
        @RestForm String monthlyAmount,
        @RestForm String months,
        @RestForm String firstDueDate,
        @RestForm String netIncome,
        @RestForm String housing,
        @RestForm String adults,
        @RestForm String children0to5,
        @RestForm String children6to10,
        @RestForm String children11to14,
        @RestForm String children15plus,
        @RestForm String otherDebts) {

    /** A household larger than this is a typo. */
    static final int MAX_ADULTS = 10;
    static final int MAX_CHILDREN = 20;
    /** A first due date further away than this (either way) is a typo, not a plan to judge. */
    static final int MAX_DAYS_AWAY = 366;

    /** An empty form with a suggested first due date. */
    public static PlanForm suggesting(LocalDate firstDueDate) {
        return new PlanForm(null, null, PlanInput.format(firstDueDate), null, null, null, null, null, null, null,
                null);
    }

    /** The form as it would have been filled in for this proposal (and budget). */
    public static PlanForm of(Proposal proposal, Budget budget) {
        String amount = proposal.monthlyAmount() == null ? null : proposal.monthlyAmount().toPlainString()
                .replace('.', ',');
        String months = proposal.months() == null ? null : proposal.months().toString();
        String date = PlanInput.format(proposal.firstDueDate());
        if (budget == null) {
            return new PlanForm(amount, months, date, null, null, null, null, null, null, null, null);
        }
        return new PlanForm(amount, months, date, plain(budget.netIncome()), plain(budget.housing()),
                Integer.toString(budget.adults()), Integer.toString(budget.children0to5()),
                Integer.toString(budget.children6to10()), Integer.toString(budget.children11to14()),
                Integer.toString(budget.children15plus()), plain(budget.otherDebts()));
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0).toPlainString()
                : amount.toPlainString().replace('.', ',');
    }

    /** Whether any budget field was filled in: then the budget is judged, and the net income is required. */
    public boolean hasBudget() {
        return !isBlank(netIncome) || !isBlank(housing) || !isBlank(adults) || !isBlank(children0to5)
                || !isBlank(children6to10) || !isBlank(children11to14) || !isBlank(children15plus)
                || !isBlank(otherDebts);
    }

    /** The rules of the form, for a first due date judged from {@code today}. */
    static FormRule<PlanForm> rules(LocalDate today) {
        return (form, found) -> {
            boolean amountGiven = !isBlank(form.monthlyAmount());
            boolean monthsGiven = !isBlank(form.months());
            if (!amountGiven && !monthsGiven) {
                found.add("monthlyAmount", "error_amount_or_months");
            } else if (amountGiven && monthsGiven) {
                found.add("months", "error_amount_and_months");
            } else if (amountGiven) {
                var amount = PlanInput.amount(form.monthlyAmount());
                if (amount.isEmpty()) {
                    found.add("monthlyAmount", "error_amount_invalid");
                } else if (amount.get().signum() == 0) {
                    found.add("monthlyAmount", "error_amount_zero");
                }
            } else if (PlanInput.count(form.months(), 1, Proposal.MAX_MONTHS).isEmpty()) {
                found.add("months", "error_months_invalid");
            }
            if (isBlank(form.firstDueDate())) {
                found.add("firstDueDate", "error_date_required");
            } else {
                var date = PlanInput.date(form.firstDueDate());
                if (date.isEmpty()) {
                    found.add("firstDueDate", "error_date_invalid");
                } else if (date.get().isBefore(today.minusDays(MAX_DAYS_AWAY))
                        || date.get().isAfter(today.plusDays(MAX_DAYS_AWAY))) {
                    found.add("firstDueDate", "error_date_far");
                }
            }
            if (form.hasBudget()) {
                if (isBlank(form.netIncome())) {
                    found.add("netIncome", "error_net_income_required");
                } else if (PlanInput.amount(form.netIncome()).isEmpty()) {
                    found.add("netIncome", "error_budget_amount_invalid");
                }
                for (String[] field : new String[][] {{"housing", form.housing()}, {"otherDebts", form.otherDebts()}}) {
                    if (!isBlank(field[1]) && PlanInput.amount(field[1]).isEmpty()) {
                        found.add(field[0], "error_budget_amount_invalid");
                    }
                }
                if (!isBlank(form.adults()) && PlanInput.count(form.adults(), 1, MAX_ADULTS).isEmpty()) {
                    found.add("adults", "error_adults_invalid");
                }
                String[][] children = {{"children0to5", form.children0to5()}, {"children6to10", form.children6to10()},
                        {"children11to14", form.children11to14()}, {"children15plus", form.children15plus()}};
                for (String[] field : children) {
                    if (!isBlank(field[1]) && PlanInput.count(field[1], 0, MAX_CHILDREN).isEmpty()) {
                        found.add(field[0], "error_children_invalid");
                    }
                }
            }
        };
    }

    /** The proposal of a form that passed its rules. */
    public Proposal proposal() {
        LocalDate first = PlanInput.date(firstDueDate).orElseThrow();
        return isBlank(monthlyAmount)
                ? Proposal.ofMonths(PlanInput.count(months, 1, Proposal.MAX_MONTHS).orElseThrow(), first)
                : Proposal.ofMonthlyAmount(PlanInput.amount(monthlyAmount).orElseThrow(), first);
    }

    /** The budget of a form that passed its rules, or null when none was given. */
    public Budget budget() {
        if (!hasBudget()) {
            return null;
        }
        return new Budget(PlanInput.amount(netIncome).orElseThrow(), amountOrZero(housing),
                isBlank(adults) ? 1 : PlanInput.count(adults, 1, MAX_ADULTS).orElseThrow(),
                countOrZero(children0to5), countOrZero(children6to10), countOrZero(children11to14),
                countOrZero(children15plus), amountOrZero(otherDebts));
    }

    private static BigDecimal amountOrZero(String value) {
        return isBlank(value) ? BigDecimal.ZERO.setScale(2) : PlanInput.amount(value).orElseThrow();
    }

    private static int countOrZero(String value) {
        return isBlank(value) ? 0 : PlanInput.count(value, 0, MAX_CHILDREN).orElseThrow();
    }
}
