package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The rate data the engine reads (inkassosats, late-interest rates, salær bands), sorted and free of overlaps. */
public record RateTables(List<InkassoRate> inkassoRates, List<InterestRate> interestRates, List<FeeBand> feeBands) {

    public RateTables {
        inkassoRates = sortedWithoutOverlap(inkassoRates, "inkassosats", InkassoRate::validFrom, InkassoRate::validTo);
        interestRates = sortedWithoutOverlap(interestRates, "interest rate", InterestRate::validFrom,
                InterestRate::validTo);
        feeBands = sortedBands(feeBands);
    }

    /** The values of DOMAIN.md, the same rows the application seeds into the database. */
    public static RateTables domainDefaults() {
        return new RateTables(
                List.of(
                        inkasso("2017-01-01", "2025-12-31", "700.00", false),
                        // Two agency notices only; the amending forskrift was not found.
                        inkasso("2026-01-01", null, "750.00", true)),
                List.of(
                        interest("2022-01-01", "2022-06-30", "8.50", false),
                        interest("2022-07-01", "2022-12-31", "9.25", false),
                        interest("2023-01-01", "2023-06-30", "10.75", false),
                        interest("2023-07-01", "2023-12-31", "11.75", false),
                        interest("2024-01-01", "2024-06-30", "12.50", false),
                        interest("2024-07-01", "2024-12-31", "12.50", false),
                        interest("2025-01-01", "2025-06-30", "12.50", false),
                        interest("2025-07-01", "2025-12-31", "12.25", false),
                        interest("2026-01-01", "2026-06-30", "12.00", false),
                        // Not published yet: carried forward, open-ended, until an admin closes it and adds the next.
                        interest("2026-07-01", null, "12.00", true)),
                List.of(
                        band("500.00", "0.25"),
                        band("1000.00", "0.35"),
                        band("2500.00", "0.40"),
                        band("10000.00", "0.80"),
                        band("50000.00", "1.60"),
                        band("250000.00", "3.60"),
                        band(null, "7.20")));
    }

    /** The inkassosats in force on the date. */
    public InkassoRate inkassoRateOn(LocalDate date) {
        return first(inkassoRates, rate -> rate.covers(date),
                () -> "No inkassosats covers " + date + "; add a row to the inkasso rate table");
    }

    /** The late-interest rate in force on the date. */
    public InterestRate interestRateOn(LocalDate date) {
        return first(interestRates, rate -> rate.covers(date),
                () -> "No late-interest rate covers " + date + "; add a row to the interest rate table");
    }

    /** The salær band for a claim's principal (its amount at the due date). */
    public FeeBand bandFor(BigDecimal principal) {
        return first(feeBands, band -> band.covers(principal),
                () -> "No salær band covers a principal of " + principal + "; add an open-ended band");
    }

    private static <T> T first(List<T> rows, Predicate<T> covers, Supplier<String> missing) {
        for (T row : rows) {
            if (covers.test(row)) {
                return row;
            }
        }
        throw new RateNotFoundException(missing.get());
    }

    private static <T> List<T> sortedWithoutOverlap(List<T> rows, String what,
            Function<T, LocalDate> from, Function<T, LocalDate> to) {
        List<T> sorted = new ArrayList<>(List.copyOf(rows == null ? List.of() : rows));
        sorted.sort(Comparator.comparing(from));
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousEnd = to.apply(sorted.get(i - 1));
            LocalDate start = from.apply(sorted.get(i));
            // Two rows for one day would make the charge depend on row order.
            if (previousEnd == null || !previousEnd.isBefore(start)) {
                throw new IllegalArgumentException(what + " rows overlap at " + start);
            }
        }
        return List.copyOf(sorted);
    }

    private static List<FeeBand> sortedBands(List<FeeBand> bands) {
        List<FeeBand> sorted = new ArrayList<>(List.copyOf(bands == null ? List.of() : bands));
        sorted.sort(Comparator.comparing(FeeBand::upTo, Comparator.nullsLast(Comparator.naturalOrder())));
        for (int i = 1; i < sorted.size(); i++) {
            BigDecimal previous = sorted.get(i - 1).upTo();
            BigDecimal current = sorted.get(i).upTo();
            if (previous == null || current != null && previous.compareTo(current) == 0) {
                throw new IllegalArgumentException("salær bands must have distinct limits and at most one open band");
            }
        }
        return List.copyOf(sorted);
    }

    private static InkassoRate inkasso(String from, String to, String amount, boolean provisional) {
        return new InkassoRate(LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                new BigDecimal(amount), provisional);
    }

    private static InterestRate interest(String from, String to, String percent, boolean provisional) {
        return new InterestRate(LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                new BigDecimal(percent), provisional);
    }

    private static FeeBand band(String upTo, String lightMultiple) {
        return new FeeBand(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(lightMultiple));
    }
}
