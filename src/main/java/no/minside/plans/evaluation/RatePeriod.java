package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A late-interest rate, percent a year, from {@code validFrom} to {@code validTo} inclusive (null = open). */
public record RatePeriod(LocalDate validFrom, LocalDate validTo, BigDecimal percent) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public RatePeriod {
        Amounts.required(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("rate period ends " + validTo + " before it starts " + validFrom);
        }
        if (percent == null) {
            throw new IllegalArgumentException("percent is required");
        }
        // Four decimals are more than any published rate has; the limit keeps the exact interest in a long.
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("percent must be 0 … 100 with at most 4 decimals, got " + percent);
        }
    }
}
