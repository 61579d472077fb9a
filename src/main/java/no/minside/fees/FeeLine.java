package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One collection cost charged on the case, as the debtor sees it.
 *
 * <p>{@code claimId} is null for the case-level fees (the collection notice fee, the plan surcharge). {@code sats} and
 * {@code multiple} are null for the reminder fee, the creditor's amount carried in, and for the plan surcharge, whose
 * amount was fixed when the plan was accepted. For the other fees {@code multiple} is everything the
 * sats is multiplied by (the band's lett multiple, ×2 for tungt, ×1.5 for a business debtor; 0.05 for the notice
 * fee), so that {@code baseAmount = sats × multiple} and {@code amount = baseAmount + vat}, where the amount is
 * rounded to øre once after all multiplications and the VAT is what that rounding leaves above the base.
 * {@code provisional} says the sats used is provisional. {@code recorded} says the stage job has written the fee;
 * otherwise the rules made it due and the job has not caught up yet.
 */
public record FeeLine(CostType type, Long claimId, LocalDate incurredOn, BigDecimal baseAmount, BigDecimal vat,
        BigDecimal amount, BigDecimal sats, BigDecimal multiple, String legalBasis, boolean provisional,
        boolean recorded, BigDecimal paid, BigDecimal outstanding) {
}
