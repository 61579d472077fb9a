package no.minside.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rate tables as an admin sees them: every row with its research note, newest first, and the half-year that is
 * due next (the one to enter before it starts).
 */
public record RateAdminView(LocalDate today, List<RatePreview.Value> interest, List<RatePreview.Value> sats,
                            List<Band> bands, List<AllowanceSet> allowances, LocalDate nextHalfYear,
                            Map<RateTable, Long> versions) {

    /** The table's version as read now: a form for it carries this. */
    public long version(RateTable table) {
        return versions.getOrDefault(table, 0L);
    }

    /** A salær band: principal up to (null for the top band) and its lett multiple. */
    public record Band(long id, BigDecimal upTo, BigDecimal multiple) {
    }

    /** The six living allowances from one date. */
    public record AllowanceSet(LocalDate from, Map<LivingAllowanceCategory, BigDecimal> amounts, boolean provisional,
                               String source) {

        public BigDecimal amount(String category) {
            return amounts.get(LivingAllowanceCategory.valueOf(category));
        }
    }

    /** Whether the half-year due next is not entered yet although it starts within a month. */
    public boolean nextHalfYearMissingSoon() {
        return !today.plusMonths(1).isBefore(nextHalfYear);
    }
}
