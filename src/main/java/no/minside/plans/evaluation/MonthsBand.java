package no.minside.plans.evaluation;

import java.math.BigDecimal;

/** Plans for a T up to and including {@code upTo} (null = any larger T) may run for at most {@code months}. */
public record MonthsBand(BigDecimal upTo, int months) {

    public MonthsBand {
        if (upTo != null) {
            upTo = Amounts.nonNegative(upTo, "upTo");
        }
        if (months < 1 || months > Proposal.MAX_MONTHS) {
            throw new IllegalArgumentException("months of a band must be 1 … " + Proposal.MAX_MONTHS + ", got "
                    + months);
        }
    }
}
