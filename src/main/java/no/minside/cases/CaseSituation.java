package no.minside.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a case stands, as the first block of its page and its card on the overview say it: what has happened and
 * since when, what to pay and by when (a deadline is never in the past), what happens next and what it costs, and
 * how much one more day adds.
 *
 * @param deadline     the last day to pay before the next step; null when no such day lies ahead
 * @param nextAdds     what the next step adds (null when nothing is computed, as for the legal step)
 * @param laterAdds    for the collection notice: the salær that follows the payment demand if that is not paid
 * @param overpaid     what was paid too much, to be paid back
 */
public record CaseSituation(Phase phase, LocalDate since, BigDecimal due, LocalDate deadline, Next next,
                            BigDecimal nextAdds, BigDecimal laterAdds, BigDecimal interestPerDay, BigDecimal overpaid,
                            boolean provisional) {

    /** What has happened last. */
    public enum Phase {
        /** The collection notice (inkassovarsel) is out and its deadline runs. */
        NOTICE,
        /** The payment demand (betalingsoppfordring) is out and its deadline runs. */
        DEMAND,
        /** The payment demand's deadline passed: lett salær was added. */
        LIGHT_FEE,
        /** More than 28 days past it: tungt salær. */
        HEAVY_FEE,
        /** The case has gone on to legal collection. */
        LEGAL,
        PAUSED_OBJECTION,
        PAUSED_PLAN,
        PAID,
        CANCELLED
    }

    /** What happens if the debtor does not pay by the deadline. */
    public enum Next { PAYMENT_DEMAND, LIGHT_FEE, HEAVY_FEE, LEGAL, NONE }

    public boolean hasDeadline() {
        return deadline != null;
    }

    /** Whether anything is left to pay. */
    public boolean owes() {
        return due.signum() > 0;
    }

    public boolean isPaused() {
        return phase == Phase.PAUSED_OBJECTION || phase == Phase.PAUSED_PLAN;
    }

    public boolean isLegal() {
        return phase == Phase.LEGAL;
    }

    public boolean isPaid() {
        return phase == Phase.PAID;
    }

    public boolean isCancelled() {
        return phase == Phase.CANCELLED;
    }

    public boolean isObjection() {
        return phase == Phase.PAUSED_OBJECTION;
    }

    public boolean isOverpaid() {
        return overpaid.signum() > 0;
    }
}
