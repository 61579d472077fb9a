package no.minside.admin;

import no.minside.common.DateInput;
import no.minside.common.DecimalInput;
import no.minside.common.MoneyInput;
import no.minside.rates.LivingAllowanceCategory;
import no.minside.rates.RateChange;
import no.minside.rates.RateTable;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rate form as posted: which {@code table}, the period's start {@code validFrom}, the {@code value} (a rate in
 * percent, a sats in kroner, a band's multiple), for living allowances one {@code amount-<CATEGORY>} each, the
 * {@code band}, the flags and texts, and {@code step}: {@code preview} to see what it does, {@code save} to do it;
 * {@code version} is the table's version when the form was first shown, so a change saved meanwhile is not
 * overwritten unseen.
 */
public record RateForm(
        @RestForm String table,
        @RestForm String validFrom,
        @RestForm String value,
        @RestForm("amount-SINGLE_ADULT") String singleAdult,
        @RestForm("amount-ADULT_IN_COUPLE") String adultInCouple,
        @RestForm("amount-CHILD_0_5") String child0to5,
        @RestForm("amount-CHILD_6_10") String child6to10,
        @RestForm("amount-CHILD_11_14") String child11to14,
        @RestForm("amount-CHILD_15_PLUS") String child15plus,
        @RestForm String band,
        @RestForm String provisional,
        @RestForm String source,
        @RestForm String officialSource,
        @RestForm String reason,
        @RestForm String step,
        @RestForm String version) {

    /** An empty form for a table, with what the page suggests filled in. */
    static RateForm of(RateTable table, String validFrom, String value, String band) {
        return new RateForm(table.name(), validFrom, value, null, null, null, null, null, null, band, null, null, null,
                null, null, null);
    }

    /** The living-allowance form with these amounts typed in. */
    static RateForm allowances(String validFrom, Map<LivingAllowanceCategory, BigDecimal> amounts) {
        java.util.function.Function<LivingAllowanceCategory, String> typed = c -> amounts.containsKey(c)
                ? amounts.get(c).stripTrailingZeros().toPlainString().replace('.', ',') : null;
        return new RateForm(RateTable.ALLOWANCES.name(), validFrom, null, typed.apply(LivingAllowanceCategory.SINGLE_ADULT),
                typed.apply(LivingAllowanceCategory.ADULT_IN_COUPLE), typed.apply(LivingAllowanceCategory.CHILD_0_5),
                typed.apply(LivingAllowanceCategory.CHILD_6_10), typed.apply(LivingAllowanceCategory.CHILD_11_14),
                typed.apply(LivingAllowanceCategory.CHILD_15_PLUS), null, null, null, null, null, null, null);
    }

    /** The same form as read at this version of its table. */
    RateForm atVersion(long seen) {
        return new RateForm(table, validFrom, value, singleAdult, adultInCouple, child0to5, child6to10, child11to14,
                child15plus, band, provisional, source, officialSource, reason, step, Long.toString(seen));
    }

    /** The table's version the form was read at; -1 when it does not say (never current). */
    long seenVersion() {
        return version != null && version.matches("[0-9]{1,18}") ? Long.parseLong(version) : -1;
    }

    public boolean isProvisional() {
        return "true".equals(provisional);
    }

    public boolean isSave() {
        return "save".equals(step);
    }

    public Optional<RateTable> rateTable() {
        return RateTable.parse(table);
    }

    /** The living allowance typed for a category, for showing the form again. */
    public String amount(String category) {
        return typedAmounts().get(LivingAllowanceCategory.valueOf(category));
    }

    /** The change as the rate service takes it; what does not parse is null, and the service names it. */
    RateChange change() {
        RateTable parsed = rateTable().orElse(null);
        BigDecimal number = parsed == RateTable.BAND ? DecimalInput.parse(value, 4).orElse(null)
                : parsed == RateTable.INTEREST ? DecimalInput.parse(value, 2).orElse(null)
                : MoneyInput.parse(value).orElse(null);
        Map<LivingAllowanceCategory, BigDecimal> amounts = new EnumMap<>(LivingAllowanceCategory.class);
        typedAmounts().forEach((category, typed) -> MoneyInput.parse(typed).ifPresent(a -> amounts.put(category, a)));
        Long bandId = band != null && band.matches("[0-9]{1,18}") ? Long.valueOf(band) : null;
        return new RateChange(parsed, DateInput.parse(validFrom).orElse(null), number, amounts, bandId,
                isProvisional(), source, officialSource, reason);
    }

    private Map<LivingAllowanceCategory, String> typedAmounts() {
        Map<LivingAllowanceCategory, String> typed = new EnumMap<>(LivingAllowanceCategory.class);
        put(typed, LivingAllowanceCategory.SINGLE_ADULT, singleAdult);
        put(typed, LivingAllowanceCategory.ADULT_IN_COUPLE, adultInCouple);
        put(typed, LivingAllowanceCategory.CHILD_0_5, child0to5);
        put(typed, LivingAllowanceCategory.CHILD_6_10, child6to10);
        put(typed, LivingAllowanceCategory.CHILD_11_14, child11to14);
        put(typed, LivingAllowanceCategory.CHILD_15_PLUS, child15plus);
        return typed;
    }

    private static void put(Map<LivingAllowanceCategory, String> typed, LivingAllowanceCategory category, String value) {
        if (value != null) {
            typed.put(category, value);
        }
    }
}
