package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Checks at the core's edge: NOK amounts as BigDecimal with scale 2 in the records (whole øre as {@code long}
 * inside), and required values, all refused with an {@link IllegalArgumentException} that names the field.
 */
final class Amounts {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    /** 1 000 000 000,00 kr: anything larger is a typo, and the limit keeps the øre arithmetic well inside a long. */
    static final long MAX_ORE = 100_000_000_000L;

    private Amounts() {
    }

    /** The value itself; a missing one is refused by name. */
    static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** The amount at scale 2; fractions of an øre are rejected rather than silently rounded away. */
    static BigDecimal of(BigDecimal amount, String what) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        BigDecimal money;
        try {
            money = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " must be whole øre, got " + amount, e);
        }
        if (money.abs().unscaledValue().bitLength() > 63 || Math.abs(money.unscaledValue().longValue()) > MAX_ORE) {
            throw new IllegalArgumentException(what + " is unreasonably large: " + amount);
        }
        return money;
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

    /** Øre of an amount already checked by {@link #of}. */
    static long ore(BigDecimal money) {
        return money.unscaledValue().longValue();
    }

    static BigDecimal nok(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }
}
