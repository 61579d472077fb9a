package no.minside.debtors;

import java.util.Optional;

/** Norwegian phone numbers as people type them: {@code 912 34 567}, {@code +47 91234567}, {@code 0047-912-34-567}. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The number in E.164 form ({@code +4791234567}), or empty when it is not an 8-digit Norwegian number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+47")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0047")) {
            digits = digits.substring(4);
        }
        // Norwegian numbers have 8 digits and never start with 0 or 1.
        return digits.matches("[2-9][0-9]{7}") ? Optional.of("+47" + digits) : Optional.empty();
    }
}
