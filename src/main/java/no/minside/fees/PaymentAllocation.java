package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one payment covered. {@code overpaid} is what is left after everything owed; it is held as a credit that
 * covers charges arising later (then it shows here as covered), and the rest is reported, never lost.
 */
public record PaymentAllocation(long paymentId, LocalDate paidOn, BigDecimal amount, BigDecimal toCosts,
        BigDecimal toInterest, BigDecimal toPrincipal, BigDecimal overpaid, List<Share> shares) {

    public PaymentAllocation {
        shares = List.copyOf(shares);
    }

    /** The part of the payment that went to one claim ({@code claimId} null: the case-level collection notice fee). */
    public record Share(Long claimId, BigDecimal costs, BigDecimal interest, BigDecimal principal) {
    }
}
