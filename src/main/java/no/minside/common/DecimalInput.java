package no.minside.common;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A decimal number as people type it into a form, for rates and multiples rather than amounts: {@code 12,25},
 * {@code 12.25}, {@code 12,25 %}, {@code 0,375}. One decimal separator (comma or point), no grouping, never negative,
 * at most {@code maxScale} decimals.
 */
public final class DecimalInput {

    private DecimalInput() {
    }

    public static Optional<BigDecimal> parse(String typed, int maxScale) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip().replaceAll("\\s*%$", "").replace(',', '.');
        if (!s.matches("[0-9]{1,9}(\\.[0-9]+)?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s);
        if (value.stripTrailingZeros().scale() > maxScale) {
            return Optional.empty();
        }
        return Optional.of(value.setScale(maxScale, java.math.RoundingMode.UNNECESSARY));
    }
}
