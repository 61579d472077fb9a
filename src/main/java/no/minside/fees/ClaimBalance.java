package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The balance of one claim. {@code principal} is the original amount at the due date; {@code fees} are the claim's
 * own costs (reminder fee and salær). A cancelled claim is listed with the flag and zero in every other amount: it
 * owes nothing, and payments are allocated as if it never were part of the case.
 */
public record ClaimBalance(long claimId, String invoiceNumber, String description, LocalDate dueDate,
        BigDecimal principal, boolean cancelled, BigDecimal principalOutstanding, BigDecimal interest,
        BigDecimal interestOutstanding, BigDecimal fees, BigDecimal feesOutstanding, BigDecimal paid,
        BigDecimal outstanding, LocalDate paidInFullOn) {
}
