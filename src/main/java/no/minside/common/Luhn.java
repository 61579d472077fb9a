package no.minside.common;

/**
 * The mod-10 (Luhn) check digit: used for KID numbers on Norwegian bank payments and for our case numbers, so that a
 * mistyped digit or two swapped neighbours are caught.
 */
public final class Luhn {

    private Luhn() {
    }

    /** The check digit to append to {@code digits}. */
    public static int checkDigit(String digits) {
        if (digits == null || !digits.matches("[0-9]+")) {
            throw new IllegalArgumentException("Only digits have a Luhn check digit");
        }
        int sum = 0;
        boolean doubleIt = true; // the rightmost payload digit is doubled
        for (int i = digits.length() - 1; i >= 0; i--) {
            int n = digits.charAt(i) - '0';
            if (doubleIt) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    /** {@code digits} followed by its check digit. */
    public static String withCheckDigit(String digits) {
        return digits + checkDigit(digits);
    }

    /** Whether the last digit of {@code value} is the Luhn check digit of the rest. */
    public static boolean isValid(String value) {
        return value != null && value.matches("[0-9]{2,}")
                && checkDigit(value.substring(0, value.length() - 1)) == value.charAt(value.length() - 1) - '0';
    }
}
