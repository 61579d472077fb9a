package no.minside.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts, dates and counts as people type them into the plan form: {@code 1 500}, {@code 1500,50},
 * {@code kr 1 500}, {@code 1.500,-} and {@code NOK 1,500.50} are all amounts; {@code 16.3.2026} and
 * {@code 2026-03-16} are dates. Anything else is empty, and the form says what it expects.
 */
public final class PlanInput {

    /** Longer input than this is no amount, date or count: refused before any parsing. */
    private static final int MAX_LENGTH = 30;
    /** 1 000 000 000,00 kr, the core's own ceiling. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000.00");
    private static final Pattern CURRENCY = Pattern.compile("^(kr\\.?|nok)\\s*|\\s*(kr\\.?|nok|,-|\\.-)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009']");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+([.,][0-9]+)*[.,]?");
    private static final Pattern NORWEGIAN_DATE = Pattern.compile("([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{2}|[0-9]{4})");
    private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");

    private PlanInput() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * An amount in NOK with at most two decimals, 0 or more. A comma or a point followed by one or two digits is
     * the decimal mark, followed by three digits it groups thousands (nobody writes øre with three digits); spaces,
     * "kr", "NOK" and a trailing ",-" are left out.
     */
    public static Optional<BigDecimal> amount(String text) {
        if (isBlank(text) || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        s = CURRENCY.matcher(s).replaceAll("");
        s = CURRENCY.matcher(s.strip()).replaceAll("");
        s = SPACES.matcher(s).replaceAll("");
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        int decimalAt = decimalMark(s);
        String whole = decimalAt < 0 ? s : s.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        if (!groupedCorrectly(whole) || fraction.length() > 2 || fraction.matches(".*[.,].*")) {
            return Optional.empty();
        }
        String digits = whole.replaceAll("[.,]", "") + (fraction.isEmpty() ? "" : "." + fraction);
        BigDecimal amount = new BigDecimal(digits).setScale(2, RoundingMode.UNNECESSARY);
        return amount.compareTo(MAX_AMOUNT) > 0 ? Optional.empty() : Optional.of(amount);
    }

    /** Where the decimal mark is, or -1: the last separator, unless it is followed by exactly three digits. */
    private static int decimalMark(String s) {
        int last = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
        if (last < 0) {
            return -1;
        }
        int after = s.length() - last - 1;
        char mark = s.charAt(last);
        boolean otherMarkBefore = s.substring(0, last).indexOf(mark == ',' ? '.' : ',') >= 0;
        if (after == 3 && !otherMarkBefore) {
            return -1;
        }
        return last;
    }

    /** Thousands groups: a first group of one to three digits, then groups of exactly three, one separator kind. */
    private static boolean groupedCorrectly(String whole) {
        if (whole.isEmpty()) {
            return false;
        }
        if (!whole.matches(".*[.,].*")) {
            return true;
        }
        return whole.matches("[0-9]{1,3}(,[0-9]{3})+") || whole.matches("[0-9]{1,3}(\\.[0-9]{3})+");
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Optional<Integer> count(String text, int min, int max) {
        if (isBlank(text) || text.strip().length() > 4 || !text.strip().matches("[0-9]+")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(text.strip());
        return n < min || n > max ? Optional.empty() : Optional.of(n);
    }

    /** A date as {@code 16.3.2026} (also with / or -, and a two-digit year) or {@code 2026-03-16}. */
    public static Optional<LocalDate> date(String text) {
        if (isBlank(text) || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher nb = NORWEGIAN_DATE.matcher(s);
            if (nb.matches()) {
                int year = Integer.parseInt(nb.group(3));
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(nb.group(2)),
                        Integer.parseInt(nb.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A date as the form shows it back: {@code 16.3.2026}. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }
}
