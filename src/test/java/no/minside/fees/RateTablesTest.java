package no.minside.fees;

import static no.minside.fees.CaseBuilder.date;
import static no.minside.fees.CaseBuilder.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rate lookups by date and principal, and the clear failure when the tables have no row for a case. */
class RateTablesTest {

    private final RateTables rates = RateTables.domainDefaults();

    @ParameterizedTest(name = "sats on {0}: {1}")
    @CsvSource({
        "2017-01-01, 700.00, false",
        "2025-12-31, 700.00, false",
        "2026-01-01, 750.00, true",
        "2030-06-01, 750.00, true",   // open-ended until an admin adds the next row
    })
    void inkassosatsOnADate(String day, String amount, boolean provisional) {
        InkassoRate sats = rates.inkassoRateOn(date(day));

        assertThat(sats.amount()).isEqualTo(money(amount));
        assertThat(sats.provisional()).isEqualTo(provisional);
    }

    @ParameterizedTest(name = "interest on {0}: {1} %")
    @CsvSource({
        "2022-01-01, 8.50,  false",
        "2022-06-30, 8.50,  false",
        "2022-07-01, 9.25,  false",
        "2023-01-01, 10.75, false",
        "2023-12-31, 11.75, false",
        "2024-02-29, 12.50, false",
        "2025-06-30, 12.50, false",
        "2025-07-01, 12.25, false",
        "2026-01-01, 12.00, false",
        "2026-07-01, 12.00, true",
        "2027-03-01, 12.00, true",    // carried forward
    })
    void interestRateOnADate(String day, String percent, boolean provisional) {
        InterestRate rate = rates.interestRateOn(date(day));

        assertThat(rate.percent()).isEqualByComparingTo(percent);
        assertThat(rate.provisional()).isEqualTo(provisional);
    }

    @ParameterizedTest(name = "principal {0}: × {1}")
    @CsvSource({
        "0.01, 0.25", "500.00, 0.25", "500.01, 0.35", "1000.00, 0.35", "1000.01, 0.40", "2500.00, 0.40",
        "2500.01, 0.80", "10000.00, 0.80", "10000.01, 1.60", "50000.00, 1.60", "50000.01, 3.60",
        "250000.00, 3.60", "250000.01, 7.20", "99999999.99, 7.20",
    })
    void bandForAPrincipal(String principal, String multiple) {
        assertThat(rates.bandFor(money(principal)).lightMultiple()).isEqualByComparingTo(multiple);
    }

    @Test
    void aDateBeforeTheFirstSatsFailsClearly() {
        assertThatThrownBy(() -> rates.inkassoRateOn(date("2016-12-31")))
                .isInstanceOf(RateNotFoundException.class)
                .hasMessageContaining("inkassosats")
                .hasMessageContaining("2016-12-31");
    }

    @Test
    void aDateWithoutAnInterestRateFailsClearly() {
        assertThatThrownBy(() -> rates.interestRateOn(date("2021-12-31")))
                .isInstanceOf(RateNotFoundException.class)
                .hasMessageContaining("late-interest rate")
                .hasMessageContaining("2021-12-31");
    }

    @Test
    void aGapBetweenRatePeriodsFailsClearly() {
        RateTables withGap = new RateTables(rates.inkassoRates(),
                List.of(new InterestRate(date("2025-01-01"), date("2025-06-30"), new BigDecimal("12.50"), false),
                        new InterestRate(date("2025-08-01"), null, new BigDecimal("12.25"), false)),
                rates.feeBands());

        assertThatThrownBy(() -> withGap.interestRateOn(date("2025-07-15")))
                .isInstanceOf(RateNotFoundException.class)
                .hasMessageContaining("2025-07-15");
    }

    @Test
    void aPrincipalAboveTheLastClosedBandFailsClearly() {
        RateTables closed = new RateTables(rates.inkassoRates(), rates.interestRates(),
                List.of(new FeeBand(new BigDecimal("500.00"), new BigDecimal("0.25"))));

        assertThatThrownBy(() -> closed.bandFor(money("500.01")))
                .isInstanceOf(RateNotFoundException.class)
                .hasMessageContaining("500.01");
    }

    @Test
    void theEngineFailsClearlyForAClaimDueBeforeTheInterestTable() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2021-12-20").claim(1, "1000.00", "2021-12-01").build();

        assertThatThrownBy(() -> new BalanceEngine(Clock.systemUTC()).breakdown(facts, rates, date("2022-01-10")))
                .isInstanceOf(RateNotFoundException.class)
                .hasMessageContaining("2021-12-02");
    }

    @Test
    void overlappingRowsAreRejected() {
        List<InkassoRate> overlapping = List.of(
                new InkassoRate(date("2017-01-01"), null, new BigDecimal("700"), false),
                new InkassoRate(date("2026-01-01"), null, new BigDecimal("750"), true));

        assertThatThrownBy(() -> new RateTables(overlapping, rates.interestRates(), rates.feeBands()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void rowsAreSortedWhateverTheOrderTheyArriveIn() {
        List<InkassoRate> reversed = List.of(
                new InkassoRate(date("2026-01-01"), null, new BigDecimal("750"), true),
                new InkassoRate(date("2017-01-01"), LocalDate.parse("2025-12-31"), new BigDecimal("700"), false));

        RateTables sorted = new RateTables(reversed, rates.interestRates(), rates.feeBands());

        assertThat(sorted.inkassoRates().get(0).amount()).isEqualTo(money("700.00"));
        assertThat(sorted.inkassoRateOn(date("2026-01-01")).amount()).isEqualTo(money("750.00"));
    }

    @Test
    void amountsWithFractionsOfAnOreAreRejected() {
        assertThatThrownBy(() -> new PaymentFacts(1, new BigDecimal("10.005"), date("2025-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("øre");
    }
}
