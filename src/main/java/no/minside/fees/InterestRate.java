package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A late-interest rate, percent a year (forsinkelsesrenteloven § 3), from validFrom to validTo (null = open). */
public record InterestRate(LocalDate validFrom, LocalDate validTo, BigDecimal percent, boolean provisional) {

    public InterestRate {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("interest period ends " + validTo + " before it starts " + validFrom);
        }
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("interest rate must not be negative, got " + percent);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
