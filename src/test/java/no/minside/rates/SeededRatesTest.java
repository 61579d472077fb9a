package no.minside.rates;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The rate tables Flyway seeds hold exactly DOMAIN.md's figures, provisional ones marked. */
@QuarkusTest
class SeededRatesTest {

    @Inject
    RateRepository rates;

    @Test
    @Transactional
    void inkassosats() {
        assertThat(rates.inkassoRates())
                .extracting(r -> r.validFrom, r -> r.validTo, r -> r.amount, r -> r.provisional)
                .containsExactly(
                        tuple(LocalDate.parse("2017-01-01"), LocalDate.parse("2025-12-31"), new BigDecimal("700.00"), false),
                        tuple(LocalDate.parse("2026-01-01"), null, new BigDecimal("750.00"), true));
    }

    @Test
    @Transactional
    void lateInterestByHalfYear() {
        List<LateInterestRateRow> rows = rates.lateInterestRates();
        assertThat(rows).extracting(r -> r.rate.toPlainString()).containsExactly(
                "8.50", "9.25", "10.75", "11.75", "12.50", "12.50", "12.50", "12.25", "12.00", "12.00");
        assertThat(rows).extracting(r -> r.validFrom.toString()).containsExactly(
                "2022-01-01", "2022-07-01", "2023-01-01", "2023-07-01", "2024-01-01", "2024-07-01",
                "2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01");
        assertThat(rows).filteredOn(r -> r.provisional).extracting(r -> r.validFrom.toString())
                .containsExactly("2026-07-01");
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).validTo).as("periods meet without gaps")
                    .isEqualTo(rows.get(i).validFrom.minusDays(1));
        }
    }

    @Test
    @Transactional
    void feeBands() {
        assertThat(rates.feeBands())
                .extracting(b -> b.principalUpTo == null ? null : b.principalUpTo.toPlainString(),
                        b -> b.lightMultiple.stripTrailingZeros().toPlainString())
                .containsExactly(tuple("500.00", "0.25"), tuple("1000.00", "0.35"), tuple("2500.00", "0.4"),
                        tuple("10000.00", "0.8"), tuple("50000.00", "1.6"), tuple("250000.00", "3.6"),
                        tuple(null, "7.2"));
    }

    @Test
    @Transactional
    void livingAllowancesFromJuly2024() {
        assertThat(rates.livingAllowances())
                .filteredOn(a -> a.validFrom.equals(LocalDate.parse("2024-07-01")))
                .extracting(a -> a.category, a -> a.amount.toPlainString())
                .containsExactlyInAnyOrder(tuple("SINGLE_ADULT", "10724.00"), tuple("ADULT_IN_COUPLE", "9082.00"),
                        tuple("CHILD_0_5", "3432.00"), tuple("CHILD_6_10", "4553.00"),
                        tuple("CHILD_11_14", "5747.00"), tuple("CHILD_15_PLUS", "6611.00"));
    }
}
