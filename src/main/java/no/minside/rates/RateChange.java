package no.minside.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One change an admin asks for, parsed: a late-interest half-year or an inkassosats period from {@code validFrom}
 * with {@code value}, a set of living allowances from {@code validFrom}, or a salær band's multiple. A new row is
 * added after the last; a row that exists (the same start) is corrected. {@code reason} is required when the change
 * reaches a day already past, since balances have used it.
 */
public record RateChange(RateTable table, LocalDate validFrom, BigDecimal value,
                         Map<LivingAllowanceCategory, BigDecimal> allowances, Long bandId, boolean provisional,
                         String source, String officialSource, String reason) {

    public RateChange {
        allowances = allowances == null ? Map.of() : Map.copyOf(allowances);
        source = source == null ? "" : source.strip();
        officialSource = officialSource == null || officialSource.isBlank() ? null : officialSource.strip();
        reason = reason == null ? "" : reason.strip();
    }
}
