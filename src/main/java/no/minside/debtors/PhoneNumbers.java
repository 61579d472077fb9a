package no.minside.debtors;

import java.util.Optional;

/** Phone numbers as people type them: {@code 912 34 567}, {@code +47 91234567}, {@code 0047-912-34-567}, {@code +46…}. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 form: {@code +4791234567} for a Norwegian number (8 digits, with or without +47/0047),
     * or a foreign number given with its country code ({@code +46 70 123 45 67}, {@code 0046…}); empty otherwise.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (digits.startsWith("+47")) {
            digits = digits.substring(3);
        } else if (digits.matches("\\+[1-9][0-9]{7,14}")) {
            return Optional.of(digits);
        }
        // Norwegian numbers have 8 digits and never start with 0 or 1.
        return digits.matches("[2-9][0-9]{7}") ? Optional.of("+47" + digits) : Optional.empty();
    }
}
