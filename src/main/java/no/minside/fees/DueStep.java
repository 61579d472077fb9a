package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A stage move or fee the rules say has happened by the date but that is not recorded yet, for the stage job to
 * persist idempotently. {@code feeType}, {@code claimId} and {@code amount} are set for fees only ({@code claimId}
 * null for the collection notice fee); {@code amount} is the fee at the sats of the day it fell due.
 */
public record DueStep(Kind kind, LocalDate on, CostType feeType, Long claimId, BigDecimal amount) {

    /** What the stage job should record. */
    public enum Kind {
        PAYMENT_DEMAND_SENT,
        FEE,
        PAID,
        LEGAL
    }
}
