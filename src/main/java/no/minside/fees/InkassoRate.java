package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The inkassosats (inkassoforskriften § 1-1) in force from {@code validFrom} to {@code validTo} (null = open). */
public record InkassoRate(LocalDate validFrom, LocalDate validTo, BigDecimal amount, boolean provisional) {

    public InkassoRate {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("inkassosats ends " + validTo + " before it starts " + validFrom);
        }
        amount = Money.positive(amount, "inkassosats");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
