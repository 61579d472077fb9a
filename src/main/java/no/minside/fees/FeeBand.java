package no.minside.fees;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the salær table: a claim with a principal up to {@code upTo} (inclusive; null = above the last band)
 * pays {@code lightMultiple} × the inkassosats as lett salær.
 */
public record FeeBand(BigDecimal upTo, BigDecimal lightMultiple) {

    public FeeBand {
        if (upTo != null) {
            upTo = Money.positive(upTo, "band limit");
        }
        Objects.requireNonNull(lightMultiple, "lightMultiple");
        if (lightMultiple.signum() <= 0) {
            throw new IllegalArgumentException("band multiple must be positive, got " + lightMultiple);
        }
    }

    public boolean covers(BigDecimal principal) {
        return upTo == null || principal.compareTo(upTo) <= 0;
    }
}
