package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fee the stage job (or a payment plan) has already written to the database; its date wins over the date the
 * rules would give. {@code amount} and {@code vat} are set only for a fee whose amount is fixed when it is recorded
 * (the plan surcharge, told to the debtor before the plan was accepted); the others follow the rules and the sats.
 */
public record RecordedFee(CostType type, Long claimId, LocalDate incurredOn, BigDecimal amount, BigDecimal vat) {

    public RecordedFee {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(incurredOn, "incurredOn");
        boolean caseLevel = type == CostType.COLLECTION_NOTICE_FEE || type == CostType.PLAN_SURCHARGE;
        if (caseLevel && claimId != null) {
            throw new IllegalArgumentException("the " + type + " belongs to the case, not to claim " + claimId);
        }
        if (!caseLevel && claimId == null) {
            throw new IllegalArgumentException(type + " must name the claim it belongs to");
        }
        if (type == CostType.PLAN_SURCHARGE) {
            amount = Money.nonNegative(amount, "the amount of the plan surcharge");
            vat = Money.nonNegative(vat == null ? Money.ZERO : vat, "vat");
            if (vat.compareTo(amount) > 0) {
                throw new IllegalArgumentException("the VAT " + vat + " is more than the surcharge " + amount);
            }
        }
    }

    /** A fee whose amount the rules give. */
    public RecordedFee(CostType type, Long claimId, LocalDate incurredOn) {
        this(type, claimId, incurredOn, null, null);
    }
}
