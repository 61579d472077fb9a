package no.minside.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as people type it: {@code 1.1.2027}, {@code 01.01.2027}, {@code 1/1/2027} or {@code 2027-01-01}. */
public final class DateInput {

    private static final Pattern NORWEGIAN = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DateInput() {
    }

    public static Optional<LocalDate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        try {
            Matcher norwegian = NORWEGIAN.matcher(s);
            if (norwegian.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(norwegian.group(3)),
                        Integer.parseInt(norwegian.group(2)), Integer.parseInt(norwegian.group(1))));
            }
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
