package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Late interest on one claim for a stretch of days with one rate and one outstanding principal:
 * {@code principal × percent / 100 × days / 365}, both ends inclusive.
 *
 * <p>A claim gets one line per rate period, split further where a payment reduced the principal. {@code exactAmount}
 * is the unrounded amount (to 10 decimals). The claim's interest is the exact sum of its lines rounded once;
 * {@code amount} is the line's share of it in øre, by largest-remainder rounding, so a claim's lines add up exactly
 * to its interest and each is within an øre of its exact amount.
 */
public record InterestLine(long claimId, LocalDate from, LocalDate to, long days, BigDecimal principal,
        BigDecimal percent, boolean provisional, BigDecimal exactAmount, BigDecimal amount) {
}
