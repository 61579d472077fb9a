package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the debtor asks for: a monthly amount or a number of months (exactly one of them), from a first due date.
 * A plan of one instalment is a deferral (betalingsutsettelse).
 */
public record Proposal(BigDecimal monthlyAmount, Integer months, LocalDate firstDueDate) {

    /** No plan runs longer than ten years; a longer request is a typo rather than a plan to judge. */
    public static final int MAX_MONTHS = 120;

    public Proposal {
        if ((monthlyAmount == null) == (months == null)) {
            throw new IllegalArgumentException("give exactly one of monthlyAmount and months");
        }
        if (monthlyAmount != null) {
            monthlyAmount = Amounts.positive(monthlyAmount, "monthlyAmount");
        }
        if (months != null && (months < 1 || months > MAX_MONTHS)) {
            throw new IllegalArgumentException("months must be 1 … " + MAX_MONTHS + ", got " + months);
        }
        Amounts.required(firstDueDate, "firstDueDate");
    }

    public static Proposal ofMonthlyAmount(BigDecimal monthlyAmount, LocalDate firstDueDate) {
        return new Proposal(monthlyAmount, null, firstDueDate);
    }

    public static Proposal ofMonths(int months, LocalDate firstDueDate) {
        return new Proposal(null, months, firstDueDate);
    }

    /** Everything in one instalment on {@code dueDate}. */
    public static Proposal deferral(LocalDate dueDate) {
        return ofMonths(1, dueDate);
    }
}
