package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What happens next if the debtor does not pay: on which day and what it adds to the total. {@code adds} is null
 * when nothing is computed (the legal step, or no next step). {@code paused} says there is no next step because an
 * objection is open or a payment plan is active.
 */
public record NextStep(Kind kind, LocalDate on, BigDecimal adds, boolean provisional, boolean paused) {

    /** The next step's kind; {@code NONE} when paid, cancelled or paused. */
    public enum Kind {
        PAYMENT_DEMAND,
        LIGHT_FEE,
        HEAVY_FEE,
        LEGAL,
        NONE
    }

    static NextStep none(boolean paused) {
        return new NextStep(Kind.NONE, null, null, false, paused);
    }
}
