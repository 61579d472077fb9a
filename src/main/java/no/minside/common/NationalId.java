package no.minside.common;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Norwegian fødselsnummer and D-number (11 digits, DDMMYY III K1 K2) checked by the two mod-11 control digits in
 * DOMAIN.md. Gender is never derived.
 */
public final class NationalId {

    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

    /**
     * Which numbers to accept.
     *
     * @param acceptSynthetic       synthetic test numbers (month + 40 or + 80); never in production
     * @param acceptRemainders2032  the 2032 rule: K1 may leave a weighted remainder of 0–3 instead of only 0
     */
    public record Rules(boolean acceptSynthetic, boolean acceptRemainders2032) {
        public static final Rules STRICT = new Rules(false, false);
    }

    private NationalId() {
    }

    /** Whether {@code value} is a valid national id or D-number under {@code rules}. */
    public static boolean isValid(String value, Rules rules) {
        if (value == null || !value.matches("[0-9]{11}")) {
            return false;
        }
        int[] d = value.chars().map(c -> c - '0').toArray();
        int k1Remainder = weightedSum(d, K1_WEIGHTS) % 11;
        boolean k1Ok = k1Remainder == 0 || (rules.acceptRemainders2032() && k1Remainder <= 3);
        boolean k2Ok = weightedSum(d, K2_WEIGHTS) % 11 == 0;
        return k1Ok && k2Ok && hasPlausibleBirthDate(d, rules.acceptSynthetic());
    }

    /** The masked form shown everywhere but the debtor's own profile: {@code DDMMYY*****}. */
    public static String mask(String value) {
        if (value == null || value.length() < 6) {
            return "***********";
        }
        return value.substring(0, 6) + "*****";
    }

    /** Σ dᵢ·wᵢ including the control digit itself: a valid number leaves remainder 0 (11 − r, with 11 → 0). */
    private static int weightedSum(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum;
    }

    private static boolean hasPlausibleBirthDate(int[] d, boolean acceptSynthetic) {
        int day = d[0] * 10 + d[1];
        int month = d[2] * 10 + d[3];
        if (day > 40) {
            day -= 40; // D-number: first digit + 4
        }
        if (acceptSynthetic && month > 80) {
            month -= 80; // Skatteetaten's synthetic test numbers
        } else if (acceptSynthetic && month > 40) {
            month -= 40; // NAV's synthetic test numbers
        }
        try {
            // The century lives in the individual number; a leap year admits 29 February.
            LocalDate.of(2000, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
