package no.minside.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rate change will do, shown before it is saved: each row as it is and as it will be, whether it corrects a
 * period balances have already used (then it needs a reason), and how many open cases' balances it may change.
 */
public record RatePreview(RateTable table, List<Line> lines, boolean correctsThePast, LocalDate effectiveFrom,
                          long openCasesAffected) {

    /**
     * One row before and after: {@code before} is null for a new row. {@code category} names the living allowance,
     * {@code bandUpTo} the band (null for the top band, or when the row is not a band).
     */
    public record Line(LivingAllowanceCategory category, BigDecimal bandUpTo, Value before, Value after) {

        public boolean isNew() {
            return before == null;
        }
    }

    /** A row's figures: the period (null dates for a band), the value, the provisional flag and the sources. */
    public record Value(LocalDate from, LocalDate to, BigDecimal value, boolean provisional, String source,
                        String officialSource) {
    }
}
