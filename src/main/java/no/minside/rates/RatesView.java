package no.minside.rates;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The public rates page as shown: today's inkassosats and the fees worked out from it, the salær bands, and the
 * history of the inkassosats and of the late-interest rate (newest first).
 */
public record RatesView(LocalDate today, Sats sats, BigDecimal noticeFee, InterestLine interestToday,
                        List<InkassoRateLine> inkassoRates, List<FeeBandLine> feeBands,
                        List<InterestLine> interestRates) {

    /** The inkassosats in force today, which every amount on the page is worked out from. */
    public record Sats(BigDecimal amount, boolean provisional) {
    }

    /** One inkassosats period; {@code to} is null while it runs until further notice. */
    public record InkassoRateLine(LocalDate from, LocalDate to, BigDecimal amount, boolean provisional,
                                  String officialSource, boolean inForce) {
    }

    /**
     * One salær band at today's sats. {@code from} is the lowest principal in the band (null for the first band),
     * {@code upTo} the highest (null for the open top band).
     */
    public record FeeBandLine(BigDecimal from, BigDecimal upTo, BigDecimal lightMultiple,
                              BigDecimal consumerLight, BigDecimal consumerHeavy,
                              BigDecimal businessLight, BigDecimal businessHeavy) {

        public boolean first() {
            return from == null;
        }

        public boolean top() {
            return upTo == null;
        }

        /** The principal the open top band starts above: the previous band's limit. */
        public BigDecimal above() {
            return from == null ? null : from.subtract(new BigDecimal("0.01"));
        }
    }

    /**
     * One late-interest period. {@code half} is 1 or 2 when the period is a calendar half-year (the statutory
     * rhythm), null when an admin entered some other span; then the page shows the dates.
     */
    public record InterestLine(LocalDate from, LocalDate to, Integer year, Integer half, BigDecimal rate,
                               boolean provisional, String officialSource, boolean inForce) {
    }
}
