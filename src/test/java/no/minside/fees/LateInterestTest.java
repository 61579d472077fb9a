package no.minside.fees;

import static no.minside.fees.CaseBuilder.date;
import static no.minside.fees.CaseBuilder.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Late interest (forsinkelsesrenteloven § 3): simple, on the principal only, from the day after the due date,
 * actual days / 365 even in leap years, piecewise per rate period, rounded to øre once per claim.
 */
class LateInterestTest {

    private final BalanceEngine engine = new BalanceEngine(Clock.systemUTC());

    private Breakdown unpaid(String principal, String dueDate, String asOf) {
        CaseFacts facts = CaseBuilder.noticeSentOn(date(dueDate).plusDays(14).toString())
                .claim(1, principal, dueDate)
                .build();
        return engine.breakdown(facts, RateTables.domainDefaults(), date(asOf));
    }

    @ParameterizedTest(name = "{0} due {1}, as of {2}: {3}")
    @CsvSource({
        // principal, due,       as of,      interest
        "1000.00,  2025-03-01, 2025-03-01, 0.00",     // no interest on the due date itself
        "1000.00,  2025-03-01, 2025-03-02, 0.34",     // 1 day: 1000 × 12.50 × 1 / 36 500 = 0.3425 → 0.34
        "1000.00,  2024-02-28, 2024-02-29, 0.34",     // the leap day counts as a day: 12 500 / 36 500 = 0.3425 → 0.34
        "1000.00,  2024-02-27, 2024-03-01, 1.03",     // 28, 29 Feb, 1 Mar = 3 days: 37 500 / 36 500 = 1.0274 → 1.03
        "10000.00, 2023-12-31, 2024-12-31, 1253.42",  // 366 days still / 365: 10000 × 12.5 × 366 / 36 500 = 1253.4247
        // 2022-06-21…30 10 d × 8.50 + 2022-07-01…12-31 184 d × 9.25 + 2023-01-01…10 10 d × 10.75, on 5000:
        // (425 000 + 8 510 000 + 537 500) / 36 500 = 259.5205 → 259.52
        "5000.00,  2022-06-20, 2023-01-10, 259.52",
        // 2025-06-30 → 2025-07-01 (12.25) only: 1 day: 100000 × 12.25 / 36 500 = 33.5616 → 33.56
        "100000.00, 2025-06-30, 2025-07-01, 33.56",
    })
    void interestRunsFromTheDayAfterTheDueDate(String principal, String dueDate, String asOf, String interest) {
        Breakdown breakdown = unpaid(principal, dueDate, asOf);

        assertThat(breakdown.claims().get(0).interest()).isEqualTo(money(interest));
        assertThat(breakdown.interestOutstanding()).isEqualTo(money(interest));
    }

    /**
     * 10 000.00 due 2023-12-15, as of 2024-07-10, three rate periods and the leap day:
     * 2023-12-16…31 = 16 days × 11.75 % → 1 880 000 / 36 500 = 51.5068 → 51.51;
     * 2024-01-01…06-30 = 182 days (Feb has 29) × 12.50 % → 22 750 000 / 36 500 = 623.2877 → 623.29;
     * 2024-07-01…10 = 10 days × 12.50 % → 1 250 000 / 36 500 = 34.2466 → 34.25.
     * The claim's interest is rounded once: 25 880 000 / 36 500 = 709.0411 → 709.04. Rounded one by one the lines
     * would add up to 709.05; by largest remainder they add up to 709.04: the floors 51.50 + 623.28 + 34.24 = 709.02
     * leave 2 øre, which go to the largest remainders (623.2877: .0077, then 51.5068: .0068), so the rows read
     * 51.51, 623.29 and 34.24.
     */
    @Test
    void interestIsPiecewisePerRatePeriodAndRoundedOnceForTheClaim() {
        Breakdown breakdown = unpaid("10000.00", "2023-12-15", "2024-07-10");

        assertThat(breakdown.interest())
                .extracting(InterestLine::from, InterestLine::to, InterestLine::days, InterestLine::percent,
                        InterestLine::amount)
                .containsExactly(
                        tuple(date("2023-12-16"), date("2023-12-31"), 16L, money("11.75"), money("51.51")),
                        tuple(date("2024-01-01"), date("2024-06-30"), 182L, money("12.50"), money("623.29")),
                        tuple(date("2024-07-01"), date("2024-07-10"), 10L, money("12.50"), money("34.24")));
        assertThat(breakdown.interest().get(0).exactAmount()).isEqualByComparingTo("51.5068493151");
        assertThat(breakdown.interestCharged()).isEqualTo(money("709.04"));
        assertThat(breakdown.claims().get(0).interest()).isEqualTo(money("709.04"));
    }

    /**
     * 1 000.00 due 2025-01-01; 500.00 paid 2025-01-31 goes to principal (principal first; no costs exist yet, the
     * notice is sent 2025-02-15). 2025-01-02…31 = 30 days on 1 000 → 375 000 / 36 500 = 10.2740 → 10.27;
     * 2025-02-01…03-01 = 29 days on 500 → 181 250 / 36 500 = 4.9658 → 4.97;
     * the claim: 556 250 / 36 500 = 15.2397 → 15.24.
     */
    @Test
    void thePaidPartStopsAccruingAfterThePaymentDate() {
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-02-15")
                .order(AllocationOrder.PRINCIPAL_INTEREST_COSTS)
                .claim(1, "1000.00", "2025-01-01")
                .payment(1, "500.00", "2025-01-31")
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-03-01"));

        assertThat(breakdown.interest())
                .extracting(InterestLine::from, InterestLine::to, InterestLine::days, InterestLine::principal,
                        InterestLine::amount)
                .containsExactly(
                        tuple(date("2025-01-02"), date("2025-01-31"), 30L, money("1000.00"), money("10.27")),
                        tuple(date("2025-02-01"), date("2025-03-01"), 29L, money("500.00"), money("4.97")));
        assertThat(breakdown.claims().get(0).interest()).isEqualTo(money("15.24"));
        assertThat(breakdown.principalOutstanding()).isEqualTo(money("500.00"));
    }

    /**
     * 12 345.67 due 2025-03-01, as of 2026-12-01, over four rate periods (principal × rate × days / 36 500):
     * 2025-03-02…06-30 121 d × 12.50 = 511.5843; 2025-07-01…12-31 184 d × 12.25 = 762.3874;
     * 2026-01-01…06-30 181 d × 12.00 = 734.6519; 2026-07-01…12-01 154 d × 12.00 = 625.0630.
     * Exact sum 2 633.6866 → 2 633.69. Rounded one by one the rows made 2 633.68 (the page once showed that against
     * a total of 2 633.69). Floors 511.58 + 762.38 + 734.65 + 625.06 = 2 633.67; the 2 øre left go to 762.38
     * (remainder .0074) and 511.58 (.0043).
     */
    @Test
    void theRoundedRowsAddUpToTheInterestTotal() {
        Breakdown breakdown = unpaid("12345.67", "2025-03-01", "2026-12-01");

        assertThat(breakdown.interest()).extracting(InterestLine::days, InterestLine::amount).containsExactly(
                tuple(121L, money("511.59")), tuple(184L, money("762.39")), tuple(181L, money("734.65")),
                tuple(154L, money("625.06")));
        assertThat(breakdown.interestCharged()).isEqualTo(money("2633.69"));
    }

    @Test
    void costsCarryNoInterest() {
        // 750.00 due 2025-02-01 with lett salær 245.00 from 2025-04-02; interest is on 750.00 only:
        // 2025-02-02…2025-04-20 = 27 + 31 + 20 = 78 days: 750 × 12.5 × 78 / 36 500 = 20.0342 → 20.03.
        CaseFacts facts = CaseBuilder.noticeSentOn("2025-03-03")
                .demandSentOn("2025-03-18")
                .claim(1, "750.00", "2025-02-01", "35.00", null)
                .build();

        Breakdown breakdown = engine.breakdown(facts, RateTables.domainDefaults(), date("2025-04-20"));

        assertThat(breakdown.interest()).allSatisfy(line -> assertThat(line.principal()).isEqualTo(money("750.00")));
        assertThat(breakdown.claims().get(0).interest()).isEqualTo(money("20.03"));
    }

    @Test
    void theProvisionalRatePeriodIsFlagged() {
        // 2026-07-01…31 = 31 days × 12.00 % (provisional): 1000 × 12 × 31 / 36 500 = 10.1918 → 10.19.
        Breakdown breakdown = unpaid("1000.00", "2026-06-30", "2026-07-31");

        assertThat(breakdown.interest()).singleElement().satisfies(line -> {
            assertThat(line.provisional()).isTrue();
            assertThat(line.amount()).isEqualTo(money("10.19"));
        });
    }
}
