package no.minside.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** NOK amounts as BigDecimal with scale 2 (øre): validation on the way in, HALF_UP rounding where a rule says so. */
final class Money {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** The amount at scale 2; fractions of an øre are rejected rather than silently rounded away. */
    static BigDecimal of(BigDecimal amount, String what) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " must be whole øre, got " + amount, e);
        }
    }

    static BigDecimal nonNegative(BigDecimal amount, String what) {
        BigDecimal money = of(amount, what);
        if (money.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + amount);
        }
        return money;
    }

    static BigDecimal positive(BigDecimal amount, String what) {
        BigDecimal money = of(amount, what);
        if (money.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + amount);
        }
        return money;
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
