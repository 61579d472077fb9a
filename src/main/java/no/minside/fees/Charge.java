package no.minside.fees;

import java.math.BigDecimal;

/** One sum charged to the debtor (a fee, a claim's interest or principal) and how much of it payments have covered. */
final class Charge {

    private BigDecimal amount = Money.ZERO;
    private BigDecimal paid = Money.ZERO;

    Charge() {
    }

    Charge(BigDecimal amount) {
        this.amount = amount;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal paid() {
        return paid;
    }

    BigDecimal outstanding() {
        return amount.subtract(paid);
    }

    /** Sets what is charged; it can grow (interest, a new sats, lett to tungt) but never below what is paid. */
    void charge(BigDecimal newAmount) {
        if (newAmount.compareTo(paid) < 0) {
            throw new IllegalStateException("charge of " + newAmount + " is below the " + paid + " already paid");
        }
        amount = newAmount;
    }

    /** Covers as much as possible of what is outstanding from {@code available}; returns what it used. */
    BigDecimal pay(BigDecimal available) {
        BigDecimal used = available.min(outstanding());
        if (used.signum() <= 0) {
            return Money.ZERO;
        }
        paid = paid.add(used);
        return used;
    }
}
