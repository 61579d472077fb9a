package no.minside.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment was booked on a case (a CDI event fired inside the booking transaction, with the case row locked):
 * features that follow a case's payments, such as a payment plan's instalments, observe it without the cases
 * package knowing them.
 */
public record PaymentBooked(long caseId, long paymentId, BigDecimal amount, LocalDate paidOn) {
}
