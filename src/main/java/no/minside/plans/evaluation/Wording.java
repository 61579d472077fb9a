package no.minside.plans.evaluation;

import java.time.LocalDate;

/**
 * Amounts, dates and counts as the reasons print them: {@code 1 234,50 kr} and {@code 2.12.2026} in bokmål,
 * {@code NOK 1,234.50} and {@code 2 Dec 2026} in English. Spaces inside an amount are non-breaking, like the pages'
 * own formats, so an amount never wraps across lines. Written out by hand: this runs for every evaluation.
 */
final class Wording {

    static final char NBSP = '\u00A0';
    private static final String[] MONTHS_EN = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private Wording() {
    }

    /** {@code 1 234,50 kr}; a negative amount gets a minus sign (U+2212). */
    static String nb(long ore) {
        return (ore < 0 ? "\u2212" : "") + digits(Math.abs(ore), NBSP, ',') + NBSP + "kr";
    }

    /** {@code NOK 1,234.50}. */
    static String en(long ore) {
        return (ore < 0 ? "\u2212" : "") + "NOK" + NBSP + digits(Math.abs(ore), ',', '.');
    }

    private static String digits(long ore, char group, char decimal) {
        String kroner = Long.toString(ore / 100);
        StringBuilder text = new StringBuilder(kroner.length() + 8);
        int lead = kroner.length() % 3 == 0 ? 3 : kroner.length() % 3;
        text.append(kroner, 0, lead);
        for (int i = lead; i < kroner.length(); i += 3) {
            text.append(group).append(kroner, i, i + 3);
        }
        long cents = ore % 100;
        return text.append(decimal).append(cents < 10 ? "0" : "").append(cents).toString();
    }

    /** {@code 2.12.2026}. */
    static String nb(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }

    /** {@code 2 Dec 2026}. */
    static String en(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String monthsNb(int months) {
        return months == 1 ? "1 måned" : months + " måneder";
    }

    static String monthsEn(int months) {
        return months == 1 ? "1 month" : months + " months";
    }

    static String daysNb(int days) {
        return days == 1 ? "1 dag" : days + " dager";
    }

    static String daysEn(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
