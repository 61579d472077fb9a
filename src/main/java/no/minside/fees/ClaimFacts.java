package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One claim (krav) of a case as the engine needs it: the principal at its due date, the creditor's reminder fee
 * carried in (0 when none) and, when an objection was upheld, the day it was cancelled.
 */
public record ClaimFacts(long id, String invoiceNumber, String description, BigDecimal principal, LocalDate dueDate,
        BigDecimal reminderFee, LocalDate cancelledOn) {

    public ClaimFacts {
        principal = Money.positive(principal, "principal of claim " + id);
        Objects.requireNonNull(dueDate, "dueDate");
        reminderFee = reminderFee == null ? Money.ZERO : Money.nonNegative(reminderFee, "reminder fee of claim " + id);
    }

    /** Whether an upheld objection has cancelled the claim on or before the date. */
    public boolean isCancelledBy(LocalDate date) {
        return cancelledOn != null && !cancelledOn.isAfter(date);
    }
}
