package no.minside.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount as people type it into a form: {@code 1 500}, {@code 1500,50}, {@code kr 1 500}, {@code 1.500,50},
 * {@code 1 500 kr}, {@code NOK 1500.50}. Whole øre at most; never negative.
 */
public final class MoneyInput {

    private MoneyInput() {
    }

    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("^(kr\\.?|nok)\\s*", "").replaceAll("\\s*(kr\\.?|nok|,-)$", "")
                .replaceAll("[\\s\\u00A0\\u202F']", "");
        if (s.isEmpty() || !s.matches("[0-9.,]+")) {
            return Optional.empty();
        }
        // The last separator followed by one or two digits is the decimal comma (or point); the others group.
        int last = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
        String whole = s;
        String fraction = "";
        if (last >= 0 && s.length() - last - 1 <= 2 && s.length() - last - 1 > 0) {
            whole = s.substring(0, last);
            fraction = s.substring(last + 1);
        } else if (last == s.length() - 1) {
            return Optional.empty();
        }
        whole = whole.replaceAll("[.,]", "");
        if (whole.isEmpty() || whole.length() > 12) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(whole + (fraction.isEmpty() ? "" : "." + fraction));
        return Optional.of(amount.setScale(2, RoundingMode.UNNECESSARY));
    }
}
