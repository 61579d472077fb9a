package no.minside.plans.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment of a schedule: what is due, how it is split in the allocation order, and what is still owed after
 * it is paid on time. {@code toCosts + toInterest + toPrincipal == amount}.
 */
public record Instalment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal toCosts, BigDecimal toInterest,
        BigDecimal toPrincipal, BigDecimal remainingAfter) {
}
