package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Late interest on one claim for a stretch of days with one rate and one outstanding principal:
 * {@code principal × percent / 100 × days / 365}, both ends inclusive.
 *
 * <p>A claim gets one line per rate period, split further where a payment reduced the principal. {@code exactAmount}
 * is the unrounded amount (to 10 decimals) and {@code amount} is it rounded HALF_UP to øre for display. The claim's
 * interest is the unrounded sum of its lines rounded once, so the displayed lines may differ from it by an øre or two.
 */
public record InterestLine(long claimId, LocalDate from, LocalDate to, long days, BigDecimal principal,
        BigDecimal percent, boolean provisional, BigDecimal exactAmount, BigDecimal amount) {
}
