package no.minside.admin;

import java.math.BigDecimal;

/**
 * One band's field of a creditor's plan months: its name ({@code months-<i>}), the band's upper bound ({@code upTo},
 * null for the top band, which starts {@code above}) and the agency's months for it.
 */
public record MonthsField(int index, String field, BigDecimal upTo, BigDecimal above, int agencyMonths) {
}
