package no.minside.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The total due at the end of one day, for the balance-over-time chart. */
public record BalancePoint(LocalDate date, BigDecimal totalDue) {
}
