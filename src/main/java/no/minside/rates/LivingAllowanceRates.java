package no.minside.rates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The living allowances (livsoppholdssatser) in force on a day, as a budget is judged by (DOMAIN.md). */
@ApplicationScoped
public class LivingAllowanceRates {

    /** NOK a month for each member of a household; {@code provisional} when any figure is. */
    public record Household(LocalDate validFrom, BigDecimal singleAdult, BigDecimal adultInCouple,
                            BigDecimal child0to5, BigDecimal child6to10, BigDecimal child11to14,
                            BigDecimal child15plus, boolean provisional) {
    }

    private static final List<String> CATEGORIES = List.of("SINGLE_ADULT", "ADULT_IN_COUPLE", "CHILD_0_5",
            "CHILD_6_10", "CHILD_11_14", "CHILD_15_PLUS");

    private final RateRepository rates;

    LivingAllowanceRates(RateRepository rates) {
        this.rates = rates;
    }

    /**
     * For each category the latest figure from on or before {@code day}.
     *
     * @throws IllegalStateException when a category has no figure by then: an admin must add it
     */
    @Transactional
    public Household on(LocalDate day) {
        Map<String, LivingAllowanceRow> latest = new HashMap<>();
        for (LivingAllowanceRow row : rates.livingAllowances()) {
            if (!row.validFrom.isAfter(day)) {
                latest.put(row.category, row); // ordered by valid_from: the last one wins
            }
        }
        for (String category : CATEGORIES) {
            if (!latest.containsKey(category)) {
                throw new IllegalStateException("No living allowance for " + category + " on " + day);
            }
        }
        LocalDate from = latest.values().stream().map(r -> r.validFrom).max(LocalDate::compareTo).orElseThrow();
        boolean provisional = latest.values().stream().anyMatch(r -> r.provisional);
        return new Household(from, latest.get("SINGLE_ADULT").amount, latest.get("ADULT_IN_COUPLE").amount,
                latest.get("CHILD_0_5").amount, latest.get("CHILD_6_10").amount, latest.get("CHILD_11_14").amount,
                latest.get("CHILD_15_PLUS").amount, provisional);
    }
}
